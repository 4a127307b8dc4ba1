// An MFD board spawns its cells through a barrel-exported helper in another module that forgets each registration.
import type { pci } from '@bindsafe/kernel';
import { spawnCell, type CellDesc } from './children/index.js';

const CELLS = [
  { name: 'rtc', id: 0 },
  { name: 'wdt', id: 1 },
] as const satisfies readonly CellDesc[];

interface MfdData {
  readonly names: string[];
}

export const mfdDriver: pci.Driver<MfdData> = {
  name: 'mfd-barrel',
  idTable: [{ vendor: 0x10ec, device: 0x5231 }],
  probe(pdev) {
    const names: string[] = [];
    for (const cell of CELLS) {
      names.push(spawnCell(pdev.asRef(), cell)); // expect: bindsafe/no-leaked-registration
    }
    return { names };
  },
};
