// A probe applies frame presets with a forEach callback on the UnregisteredDevice before moving it.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

const PRESETS: readonly number[] = [1, 2, 5];

export const presetDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-preset',
  idTable: [{ modname: 'b8f_gpu', name: 'preset' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    PRESETS.forEach((extra) => {
      udev.data.frames += extra;
    });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'preset' }, 0);
    return { reg };
  },
};
