// A platform LED controller spreads a defaults object with its IoMem into the returned driver data.
import type { platform } from '@bindsafe/kernel';

interface LedData {
  readonly brightness: number;
  readonly blinkMs: number;
  readonly io: platform.IoMem;
}

const ledDefaults = { brightness: 128, blinkMs: 500 } satisfies Partial<LedData>;

export const driver: platform.Driver<LedData> = {
  name: 'held8-led-spread',
  idTable: [{ compatible: 'acme,led' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    return { ...ledDefaults, io };
  },
};
