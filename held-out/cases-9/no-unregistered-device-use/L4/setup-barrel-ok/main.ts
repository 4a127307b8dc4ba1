// A probe runs setup from a barrel module before the single move, and reads only the registration afterwards.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { presetFrames } from './setup/index.js';

export const presetDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly frames: number }> = {
  name: 'b9d-preset',
  idTable: [{ modname: 'b9d_gpu', name: 'preset' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const frames = presetFrames(udev, 30, 75, 60);
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: udev.name }, 0);
    return { reg, frames };
  },
};
