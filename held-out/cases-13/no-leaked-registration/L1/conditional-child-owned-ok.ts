// The debug child is made in a conditional expression and kept (possibly undefined) in the data. [class 4]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface DmaData {
  readonly channels: number;
  readonly debugfs: auxiliary.Registration | undefined;
}

export const dmaDriver: pci.Driver<DmaData> = {
  name: 'dma-eng',
  idTable: [{ vendor: 0x8086, device: 0x0b00 }],
  probe(pdev) {
    const debugfs = pdev.revision > 4 ? auxiliary.Registration.new(pdev.asRef(), 'debug', 0, 'dma') : undefined;
    const data: DmaData = { channels: 8, debugfs };
    return data;
  },
};
