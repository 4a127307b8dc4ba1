// A LED controller builds its channels with a builder from its library barrel and keeps the built set, spread into its driver data. [class 4]
import type { pci } from '@bindsafe/kernel';
import { buildChannels, type ChannelSet } from './lib/index.js';

const PALETTE = ['amber', 'white', 'ir'] as const;

interface LedData extends ChannelSet {
  readonly count: number;
}

export const ledDriver: pci.Driver<LedData> = {
  name: 'leds-pci',
  idTable: [{ vendor: 0x1d17, device: 0x0001 }],
  probe(pdev) {
    const built = buildChannels(pdev.asRef(), PALETTE);
    return { ...built, count: built.regs.length };
  },
};
