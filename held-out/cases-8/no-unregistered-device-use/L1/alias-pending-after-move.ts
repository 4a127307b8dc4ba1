// A probe keeps an alias of the UnregisteredDevice as "pending" and reads it after registering the original. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const pendingDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-pending',
  idTable: [{ modname: 'b8f_gpu', name: 'pending' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const pending = udev;
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'pending' }, 0);
    adev.asRef().info(`pending ${pending.data.frames}`); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
