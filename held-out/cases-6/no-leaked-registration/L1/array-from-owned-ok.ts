// A DMA engine creates one child per channel with `Array.from({ length })` and keeps the array.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface DmaData {
  readonly channels: readonly auxiliary.Registration[];
}

export const driver: pci.Driver<DmaData, { count: number }> = {
  name: 'held6-idxd',
  idTable: [{ vendor: 0x8086, device: 0x0b25, info: { count: 4 } }],
  probe(pdev, info) {
    const parent = pdev.asRef();
    const channels = Array.from({ length: info?.count ?? 1 }, (_, i) => auxiliary.Registration.new(parent, 'dma-chan', i, 'held6_idxd'));
    return { channels };
  },
};
