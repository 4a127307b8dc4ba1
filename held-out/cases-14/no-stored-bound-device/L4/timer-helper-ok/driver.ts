// A PCI NIC enables bus mastering through a helper module that does the Core work during the call and logs later through a handle. [class 5]
import type { devres, pci } from '@bindsafe/kernel';
import { BRINGUP_DELAY_MS, nic_master_now } from './sys/index.js';

interface NicData {
  readonly regs: devres.Devres<pci.Bar>;
}

export const nic_driver: pci.Driver<NicData> = {
  name: 'nic_defer',
  idTable: [{ vendor: 0x10ec, device: 0x8168 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(2, 'nic_defer');
    nic_master_now(pdev, BRINGUP_DELAY_MS);
    return { regs };
  },
};
