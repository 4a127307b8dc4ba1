// An MFD board calls a table-driven spawn helper that creates the child and forgets it.
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

interface CellDesc {
  readonly name: string;
  readonly id: number;
}

const CELLS: readonly CellDesc[] = [{ name: 'rtc', id: 0 }];

function spawnCell(parent: device.Device<device.Bound>, desc: CellDesc): string {
  const child = auxiliary.Registration.new(parent, desc.name, desc.id, 'mfd_spawn');
  return child.name;
}

interface MfdData {
  readonly names: string[];
}

export const mfdDriver: pci.Driver<MfdData> = {
  name: 'mfd-spawn',
  idTable: [{ vendor: 0x10ec, device: 0x5230 }],
  probe(pdev) {
    const names: string[] = [];
    for (const desc of CELLS) names.push(spawnCell(pdev.asRef(), desc)); // expect: bindsafe/no-leaked-registration
    return { names };
  },
};
