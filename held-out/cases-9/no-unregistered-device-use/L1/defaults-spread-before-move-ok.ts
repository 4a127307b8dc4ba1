// Defaults are spread into the device data before the move; after it the registered device's data is read.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxData, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

const defaults: Pick<AuxData, 'frames'> = { frames: 30 };

export const defaultsDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly frames: number }> = {
  name: 'b9d-defaults',
  idTable: [{ modname: 'b9d_gpu', name: 'defaults' }],
  probe(adev, info) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { ...defaults, adev: adev.toNormal() });
    const current = udev.data;
    udev.data = { ...current, frames: info === undefined ? current.frames : current.frames * 2 };
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'defaults' }, 0);
    const { frames } = reg.device().data;
    return { reg, frames };
  },
};
