// An MFD board creates one child per row of its cell table in a labelled loop and returns the array with its count.
import { auxiliary, type pci } from '@bindsafe/kernel';

const CELLS = [
  { name: 'rtc', id: 0, enabled: true },
  { name: 'wdt', id: 1, enabled: false },
  { name: 'adc', id: 2, enabled: true },
] as const;

interface MfdData {
  readonly cells: readonly auxiliary.Registration[];
  readonly cellCount: number;
}

export const mfdDriver: pci.Driver<MfdData> = {
  name: 'mfd-cells',
  idTable: [{ vendor: 0x10ec, device: 0x5227 }],
  probe(pdev) {
    const cells: auxiliary.Registration[] = [];
    rows: for (const cell of CELLS) {
      if (!cell.enabled) continue rows;
      cells.push(auxiliary.Registration.new(pdev.asRef(), cell.name, cell.id, 'mfd_cells'));
    }
    return { cells, cellCount: cells.length };
  },
};
