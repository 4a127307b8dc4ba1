// An MFD board maps its cell table to children with a `.map` arrow and returns the array in its driver data. [class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

const CELLS = [
  { name: 'rtc', id: 0 },
  { name: 'wdt', id: 1 },
] as const satisfies readonly { name: string; id: number }[];

interface MfdData {
  readonly cells: auxiliary.Registration[];
}

export const mfdDriver: pci.Driver<MfdData> = {
  name: 'mfd-foreach',
  idTable: [{ vendor: 0x10ec, device: 0x5229 }],
  probe(pdev) {
    const parent = pdev.asRef();
    return { cells: CELLS.map((cell) => auxiliary.Registration.new(parent, cell.name, cell.id, 'mfd_foreach')) };
  },
};
