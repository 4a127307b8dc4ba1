// A DMA driver appends its Bar to a module array with Array.prototype.concat and reassigns it.
import type { pci } from '@bindsafe/kernel';

let knownWindows: readonly pci.Bar[] = [];

export const driver: pci.Driver<{ readonly channels: number }> = {
  name: 'held-dma-concat',
  idTable: [{ vendor: 0x8086, device: 0x0b00 }],
  probe(pdev) {
    const window = pdev.iomapRegion(2, 'dma').access(pdev.asRef());
    knownWindows = knownWindows.concat([window]); // expect: bindsafe/no-stored-bound-device
    return { channels: window.read32(0x08) };
  },
};
