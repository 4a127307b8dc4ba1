// A platform LED controller attaches its LED children through a helper (reached through a barrel) and keeps them in its data.
import type { auxiliary, platform } from '@bindsafe/kernel';
import { attachLeds } from './children/index.js';

interface Ledctl {
  readonly leds: readonly auxiliary.Registration[];
}

export const ledctlDriver: platform.Driver<Ledctl> = {
  name: 'ledctl',
  idTable: [{ compatible: 'acme,ledctl' }],
  probe(pdev) {
    const leds = attachLeds(pdev.asRef(), 3);
    return { leds };
  },
};
