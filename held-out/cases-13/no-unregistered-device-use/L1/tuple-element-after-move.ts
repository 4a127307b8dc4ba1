// An auxiliary dual-head driver keeps its heads in a tuple, registers head 0 and then renames head 0. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const dualHeadDriver: auxiliary.Driver<{ readonly heads: readonly drm.Registration<AuxDrm>[] }> = {
  name: 'auxdual-l1-tuple',
  idTable: [{ modname: 'auxcore', name: 'dual' }],
  probe(adev) {
    const heads = [
      drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }),
      drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }),
    ] as const;
    const left = drm.Registration.new(adev, heads[0], { core: adev.asRef(), label: 'left' }, 0);
    heads[0].data = { adev: adev.toNormal(), frames: 60 }; // expect: bindsafe/no-unregistered-device-use
    const right = drm.Registration.new(adev, heads[1], { core: adev.asRef(), label: 'right' }, 0);
    return { heads: [left, right] };
  },
};
