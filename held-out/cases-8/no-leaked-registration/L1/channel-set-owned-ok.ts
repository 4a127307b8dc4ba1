// A DMA engine keeps one child per channel in a Set owned by the driver data. [class 4]
import { auxiliary, type platform } from '@bindsafe/kernel';

interface DmaData {
  readonly channels: Set<auxiliary.Registration>;
}

export const dmaDriver: platform.Driver<DmaData> = {
  name: 'held8-dma',
  idTable: [{ compatible: 'acme,dma-8ch' }],
  probe(pdev) {
    const channels = new Set<auxiliary.Registration>();
    outer: for (let ch = 0; ch < 8; ch++) {
      if (ch === 7) break outer;
      channels.add(auxiliary.Registration.new(pdev.asRef(), 'dma-chan', ch, 'held8_dma'));
    }
    return { channels };
  },
};
