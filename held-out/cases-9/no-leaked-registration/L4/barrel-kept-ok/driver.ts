// A multi-function device keeps the children a barrel-exported helper made in a `Map` its data owns.
import type { auxiliary, pci } from '@bindsafe/kernel';
import { spawnChild } from './children/index.js';

type Cell = 'rtc' | 'watchdog';

interface MfdData {
  readonly cells: Map<Cell, auxiliary.Registration>;
}

export const mfdDriver: pci.Driver<MfdData> = {
  name: 'held9-mfd-ok',
  idTable: [{ vendor: 0x1106, device: 0x8411 }],
  probe(pdev) {
    const cells = new Map<Cell, auxiliary.Registration>();
    cells.set('rtc', spawnChild(pdev.asRef(), 'rtc'));
    cells.set('watchdog', spawnChild(pdev.asRef(), 'watchdog', 1));
    return { cells };
  },
};
