// [class 7] A local configure arrow sets the device's data up before the device is moved.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const configuredDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b9d-configured',
  idTable: [{ modname: 'b9d_gpu', name: 'configured' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const configure = (target: drm.UnregisteredDevice<AuxDrm>, frames: number): void => {
      target.data = { ...target.data, frames };
    };
    configure(udev, 120);
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: `${udev.name}-cfg` }, 0);
    return { reg };
  },
};
