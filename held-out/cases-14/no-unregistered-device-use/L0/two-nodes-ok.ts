// A dual-head card allocates one UnregisteredDevice per head and registers each exactly once.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

type Heads = Readonly<Record<'left' | 'right', drm.Registration<AuxDrm>>>;

export const dualHeadDriver: auxiliary.Driver<{ readonly heads: Heads }> = {
  name: 'b14c-dual',
  idTable: [{ modname: 'b14c', name: 'dual' }],
  probe(adev) {
    const leftDev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const rightDev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const left = drm.Registration.new(adev, leftDev, { core: adev.asRef(), label: 'left' }, 0);
    const right = drm.Registration.new(adev, rightDev, { core: adev.asRef(), label: 'right' }, 0);
    return { heads: { left, right } };
  },
};
