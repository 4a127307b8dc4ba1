// The MFD board's cell spawner: creates a cell child and returns its registration to the caller.
import { auxiliary, type device } from '@bindsafe/kernel';

export interface CellDesc {
  readonly name: string;
  readonly id: number;
}

export function spawnCell(parent: device.Device<device.Bound>, desc: CellDesc): auxiliary.Registration {
  return auxiliary.Registration.new(parent, desc.name, desc.id, 'mfd_barrel');
}
