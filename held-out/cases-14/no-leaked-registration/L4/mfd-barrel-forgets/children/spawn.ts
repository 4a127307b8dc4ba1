// The MFD board's cell spawner: creates a cell child and reports its name, keeping the registration nowhere.
import { auxiliary, type device } from '@bindsafe/kernel';

export interface CellDesc {
  readonly name: string;
  readonly id: number;
}

export function spawnCell(parent: device.Device<device.Bound>, desc: CellDesc): string {
  const child = auxiliary.Registration.new(parent, desc.name, desc.id, 'mfd_barrel');
  return child.name;
}
