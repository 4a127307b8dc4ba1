// An MFD board spawns its cells through a barrel-exported helper and keeps every registration in a Map its driver data owns.
import type { auxiliary, pci } from '@bindsafe/kernel';
import { spawnCell, type CellDesc } from './children/index.js';

const CELLS = [
  { name: 'rtc', id: 0 },
  { name: 'wdt', id: 1 },
] as const satisfies readonly CellDesc[];

interface MfdData {
  readonly cells: ReadonlyMap<string, auxiliary.Registration>;
}

export const mfdDriver: pci.Driver<MfdData> = {
  name: 'mfd-barrel',
  idTable: [{ vendor: 0x10ec, device: 0x5231 }],
  probe(pdev) {
    const cells = new Map<string, auxiliary.Registration>();
    for (const cell of CELLS) {
      cells.set(cell.name, spawnCell(pdev.asRef(), cell));
    }
    return { cells };
  },
};
