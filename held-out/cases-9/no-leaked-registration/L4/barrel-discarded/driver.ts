// A multi-function device calls a barrel-exported `spawnChild` for its RTC cell and discards the registration.
import type { pci } from '@bindsafe/kernel';
import { spawnChild } from './children/index.js';

interface MfdData {
  readonly cells: readonly string[];
}

export const mfdDriver: pci.Driver<MfdData> = {
  name: 'held9-mfd',
  idTable: [{ vendor: 0x1106, device: 0x8410 }],
  probe(pdev) {
    spawnChild(pdev.asRef(), 'rtc'); // expect: bindsafe/no-leaked-registration
    return { cells: ['rtc'] };
  },
};
