// An MFD board creates one child per row of its cell table in a loop, but returns only how many it made. [class 4]
import { auxiliary, type pci } from '@bindsafe/kernel';

const CELLS = [
  { name: 'rtc', id: 0 },
  { name: 'wdt', id: 1 },
  { name: 'adc', id: 2 },
] as const;

interface MfdData {
  readonly cellCount: number;
}

export const mfdDriver: pci.Driver<MfdData> = {
  name: 'mfd-cells',
  idTable: [{ vendor: 0x10ec, device: 0x5227 }],
  probe(pdev) {
    const cells: auxiliary.Registration[] = [];
    for (const cell of CELLS) {
      cells.push(auxiliary.Registration.new(pdev.asRef(), cell.name, cell.id, 'mfd_cells')); // expect: bindsafe/no-leaked-registration
    }
    return { cellCount: cells.length };
  },
};
