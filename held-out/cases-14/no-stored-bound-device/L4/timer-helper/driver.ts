// A PCI NIC defers enabling bus mastering to a helper module that sets a timer over the probe's Core device. [class 5]
import type { devres, pci } from '@bindsafe/kernel';
import { BRINGUP_DELAY_MS, nic_defer_master } from './sys/index.js';

interface NicData {
  readonly regs: devres.Devres<pci.Bar>;
}

export const nic_driver: pci.Driver<NicData> = {
  name: 'nic_defer',
  idTable: [{ vendor: 0x10ec, device: 0x8168 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(2, 'nic_defer');
    nic_defer_master(pdev, BRINGUP_DELAY_MS); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
