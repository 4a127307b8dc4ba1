// A probe tunes its UnregisteredDevice with an imported mixin class before registering it.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { Tuner } from './setup/tuning.js';

export const tunedDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-tuned',
  idTable: [{ modname: 'b8f_gpu', name: 'tuned' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const tuner = new Tuner();
    tuner.budget = 24;
    tuner.apply(udev);
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'tuned' }, 0);
    return { reg };
  },
};
