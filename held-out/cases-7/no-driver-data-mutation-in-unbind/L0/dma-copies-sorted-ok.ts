// A DMA engine logs its pending descriptors from sorted copies; the data's arrays are untouched.
import type { devres, pci } from '@bindsafe/kernel';

interface DmaData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly pending: number[];
  readonly seen: Set<number>;
}

export const dmaDriver: pci.Driver<DmaData> = {
  name: 'held7-dma',
  idTable: [{ vendor: 0x1022, device: 0x1498 }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(2, 'held7-dma'), pending: [3, 1, 2], seen: new Set([1]) };
  },
  unbind(pdev, data) {
    const ordered = [...data.pending].sort((a, b) => a - b);
    const all = new Set(data.seen);
    all.add(-1);
    data.bar.access(pdev.asRef()).write32(0, 0x0c);
    pdev.asRef().info(`dma: ${ordered.join(',')} pending, ${all.size - 1} seen`);
  },
};
