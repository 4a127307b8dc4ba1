// A LED controller builds its channels with a builder module and keeps only the colors and the count. [class 4]
import type { pci } from '@bindsafe/kernel';
import { buildChannels } from './builder.js';

const PALETTE = ['amber', 'white', 'ir'] as const;

interface LedData {
  readonly colors: readonly string[];
  readonly count: number;
}

export const ledDriver: pci.Driver<LedData> = {
  name: 'leds-pci',
  idTable: [{ vendor: 0x1d17, device: 0x0001 }],
  probe(pdev) {
    const { colors, regs } = buildChannels(pdev.asRef(), PALETTE); // expect: bindsafe/no-leaked-registration
    return { colors, count: regs.length };
  },
};
