// A configure closure tweaks the unregistered device and runs before registration.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const configureDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b10d-configure',
  idTable: [{ modname: 'b10d_gpu', name: 'configure' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const configure = (rate = 60): void => {
      udev.data.frames = rate;
    };
    configure();
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'configure' }, 0);
    return { reg };
  },
};
