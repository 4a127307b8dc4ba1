// An auxiliary driver keeps its parent() (bound for the child's binding) in a module variable. [class 3]
import type { auxiliary, device } from '@bindsafe/kernel';

let coreDevice: device.Device<device.Bound> | undefined;

export const driver: auxiliary.Driver<{ readonly id: number }> = {
  name: 'held-aux-parent',
  idTable: [{ modname: 'held_core', name: 'child' }],
  probe(adev) {
    coreDevice = adev.parent(); // expect: bindsafe/no-stored-bound-device
    return { id: adev.id };
  },
};
