// A probe casts its UnregisteredDevice to a registered device to open a warm-up file before registration. [class 8]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const warmDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-warm',
  idTable: [{ modname: 'b8f_gpu', name: 'warm' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const warm = (udev as unknown as drm.Device<AuxDrm>).openFile(); // expect: bindsafe/no-unregistered-device-use
    udev.data.frames = warm.inner().opened > 0 ? 1 : 0;
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'warm' }, 0);
    return { reg };
  },
};
