// The probe fills the device data through the setter before registering it.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const fillDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b10d-fill',
  idTable: [{ modname: 'b10d_gpu', name: 'fill' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    udev.data = { adev: adev.toNormal(), frames: 60 };
    udev.data.frames += udev.name.length;
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'fill' }, 0);
    return { reg };
  },
};
