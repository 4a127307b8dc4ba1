// An MFD board calls a table-driven spawn helper for each cell and keeps every registration it returns.
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

interface CellDesc {
  readonly name: string;
  readonly id: number;
}

const CELLS: readonly CellDesc[] = [
  { name: 'rtc', id: 0 },
  { name: 'wdt', id: 1 },
];

function spawnCell(parent: device.Device<device.Bound>, desc: CellDesc): auxiliary.Registration {
  return auxiliary.Registration.new(parent, desc.name, desc.id, 'mfd_spawn');
}

interface MfdData {
  readonly cells: auxiliary.Registration[];
}

export const mfdDriver: pci.Driver<MfdData> = {
  name: 'mfd-spawn',
  idTable: [{ vendor: 0x10ec, device: 0x5230 }],
  probe(pdev) {
    const cells: auxiliary.Registration[] = [];
    for (const desc of CELLS) cells.push(spawnCell(pdev.asRef(), desc));
    return { cells };
  },
};
