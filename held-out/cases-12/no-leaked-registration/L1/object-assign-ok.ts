// A PCI storage HBA builds its driver data with Object.assign and fills the enclosure child in on wide cards only. [class 4]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface Hba {
  readonly wide: boolean;
  enclosure?: auxiliary.Registration;
}

export const hbaDriver: pci.Driver<Hba> = {
  name: 'mpt-lite',
  idTable: [{ vendor: 0x1000, device: 0x0097 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const wide = pdev.resourceLen(1) >= 0x10000;
    const data: Hba = { wide };
    if (!wide) return data;
    return Object.assign(data, { enclosure: auxiliary.Registration.new(pdev.asRef(), 'ses', 0, 'mpt_lite') });
  },
};
