// The same parent() kept in the auxiliary driver's own data is fine. [class 3]
import { pci, type auxiliary, type device } from '@bindsafe/kernel';

interface ChildData {
  readonly core: pci.Device<device.Bound>;
  readonly id: number;
}

export const driver: auxiliary.Driver<ChildData> = {
  name: 'held-aux-parent-data',
  idTable: [{ modname: 'held_core', name: 'child2' }],
  probe(adev) {
    const core = pci.Device.fromDevice(adev.parent());
    return { core, id: adev.id };
  },
};
