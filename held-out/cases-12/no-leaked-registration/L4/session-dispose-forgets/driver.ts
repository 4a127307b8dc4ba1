// A PCI wireless card loads firmware through a child kept in an imported session class whose destructor does not drop it. [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';
import { LoaderSession } from './session.js';

export const wifiDriver: pci.Driver<{ readonly fw: string }> = {
  name: 'iwl-lite',
  idTable: [{ vendor: 0x8086, device: 0x2725 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    using session = new LoaderSession(auxiliary.Registration.new(pdev.asRef(), 'fw-loader', 0, 'iwl_lite'), pdev.asRef().toNormal()); // expect: bindsafe/no-leaked-registration
    return { fw: `${session.loader.name}.ucode` };
  },
};
