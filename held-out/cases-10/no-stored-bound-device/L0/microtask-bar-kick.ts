// A PCI DMA engine kicks the doorbell in a queueMicrotask after probe returned.
import type { device, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-dma-kick',
  idTable: [{ vendor: 0x1af4, device: 0x1025 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-dma-kick').access(pdev.asRef());
    queueMicrotask(() => bar.write32(1, 0x40)); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
