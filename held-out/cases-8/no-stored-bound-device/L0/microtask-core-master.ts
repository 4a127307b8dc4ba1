// A PCI DMA engine defers enabling bus mastering to a microtask that captures probe's Device<Core>.
import type { pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly channels: number }> = {
  name: 'held8-dma-microtask',
  idTable: [{ vendor: 0x8086, device: 0x0b00 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const channels = pdev.resourceLen(0) >= 0x1000 ? 8 : 4;
    queueMicrotask(() => pdev.setMaster()); // expect: bindsafe/no-stored-bound-device
    return { channels };
  },
};
