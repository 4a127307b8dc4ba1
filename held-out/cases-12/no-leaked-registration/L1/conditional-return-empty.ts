// A PCI storage HBA returns its enclosure child only in wide mode; the narrow branch returns data without it. [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface Hba {
  readonly enclosure?: auxiliary.Registration;
}

export const hbaDriver: pci.Driver<Hba> = {
  name: 'mpt-lite',
  idTable: [{ vendor: 0x1000, device: 0x0097 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const wide = pdev.resourceLen(1) >= 0x10000;
    const enclosure = auxiliary.Registration.new(pdev.asRef(), 'ses', 0, 'mpt_lite'); // expect: bindsafe/no-leaked-registration
    return wide ? { enclosure } : {};
  },
};
