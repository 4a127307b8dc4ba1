// A PCI crypto accelerator's driver data declares its owner field as Device<Core>, so the Core context is kept past probe. [class 2]
import type { device, devres, pci } from '@bindsafe/kernel';

interface CryptoData {
  readonly owner: pci.Device<device.Core>;
  readonly regs: devres.Devres<pci.Bar>;
  readonly queues: number;
}

export const cryptoDriver: pci.Driver<CryptoData> = {
  name: 'qat_c62x',
  idTable: [{ vendor: 0x8086, device: 0x37c8 }],
  probe(pdev): CryptoData {
    pdev.enableDeviceMem();
    pdev.setMaster();
    const regs = pdev.iomapRegion(0, 'qat');
    const queues = regs.access(pdev.asRef()).read32(0x04) & 0xff;
    return { owner: pdev, regs, queues }; // expect: bindsafe/no-stored-bound-device
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x08);
  },
};
