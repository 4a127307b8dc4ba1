// A PCI encoder builds a base object holding its Bar and spreads it into the returned driver data.
import type { pci } from '@bindsafe/kernel';

interface EncoderData {
  readonly bar: pci.Bar;
  readonly profile: 'h264' | 'hevc';
  readonly lanes: number;
}

export const driver: pci.Driver<EncoderData> = {
  name: 'held9-encoder-spread',
  idTable: [{ vendor: 0x1e60, device: 0x2001 }],
  probe(pdev) {
    const base = { bar: pdev.iomapRegion(0, 'enc').access(pdev.asRef()), lanes: 4 };
    const profile = pdev.revision > 2 ? 'hevc' : 'h264';
    return { ...base, profile };
  },
};
