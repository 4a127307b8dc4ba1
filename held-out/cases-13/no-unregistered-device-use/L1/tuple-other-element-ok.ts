// An auxiliary dual-head driver registers head 0, then finishes setting up head 1 (not yet moved) before registering it. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const dualHeadDriver: auxiliary.Driver<{ readonly heads: readonly drm.Registration<AuxDrm>[] }> = {
  name: 'auxdual-l1-tuple-ok',
  idTable: [{ modname: 'auxcore', name: 'dual' }],
  probe(adev) {
    const heads = [
      drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }),
      drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }),
    ] as const;
    const left = drm.Registration.new(adev, heads[0], { core: adev.asRef(), label: 'left' }, 0);
    heads[1].data = { adev: adev.toNormal(), frames: 60 };
    const right = drm.Registration.new(adev, heads[1], { core: adev.asRef(), label: 'right' }, 0);
    return { heads: [left, right] };
  },
};
