// An MFD board walks its cell table with forEach and creates each child without keeping it. [class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

const CELLS = [
  { name: 'rtc', id: 0 },
  { name: 'wdt', id: 1 },
] as const satisfies readonly { name: string; id: number }[];

interface MfdData {
  readonly cells: number;
}

export const mfdDriver: pci.Driver<MfdData> = {
  name: 'mfd-foreach',
  idTable: [{ vendor: 0x10ec, device: 0x5229 }],
  probe(pdev) {
    const parent = pdev.asRef();
    CELLS.forEach((cell) => {
      auxiliary.Registration.new(parent, cell.name, cell.id, 'mfd_foreach'); // expect: bindsafe/no-leaked-registration
    });
    return { cells: CELLS.length };
  },
};
