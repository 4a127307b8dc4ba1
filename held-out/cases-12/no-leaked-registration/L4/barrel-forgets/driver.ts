// A platform LED controller attaches its LED children through a helper (reached through a barrel) that forgets the registrations.
import type { platform } from '@bindsafe/kernel';
import { attachLeds } from './children/index.js';

export const ledctlDriver: platform.Driver<{ readonly leds: number }> = {
  name: 'ledctl',
  idTable: [{ compatible: 'acme,ledctl' }],
  probe(pdev) {
    const leds = attachLeds(pdev.asRef(), 3); // expect: bindsafe/no-leaked-registration
    return { leds };
  },
};
