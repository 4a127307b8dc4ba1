// A same-file helper tunes the device's data during setup; the device is moved afterwards, once.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function tune(udev: drm.UnregisteredDevice<AuxDrm>, budget: number): void {
  const { frames } = udev.data;
  udev.data = { ...udev.data, frames: Math.max(frames, budget) };
}

export const tunedDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b9d-tuned',
  idTable: [{ modname: 'b9d_gpu', name: 'tuned' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    tune(udev, 90);
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'tuned' }, 0);
    return { reg };
  },
};
