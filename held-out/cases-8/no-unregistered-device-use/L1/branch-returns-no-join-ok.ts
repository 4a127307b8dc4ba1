// A probe registers on one branch and returns; the other branch keeps setting up and registers itself.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const quirks = { slowPanel: false };

export const branchDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-branch',
  idTable: [{ modname: 'b8f_gpu', name: 'branch' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    if (!quirks.slowPanel) {
      const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'branch' }, 0);
      return { reg };
    }
    udev.data.frames = 12;
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'branch-slow' }, 0);
    return { reg };
  },
};
