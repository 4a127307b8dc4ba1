// A probe registers eagerly on one branch and then, after the branches join, still writes setup data. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const policy = { eager: true };

export const lazyDriver: auxiliary.Driver<{ readonly reg?: drm.Registration<AuxDrm> }> = {
  name: 'b8f-lazy',
  idTable: [{ modname: 'b8f_gpu', name: 'lazy' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    let reg: drm.Registration<AuxDrm> | undefined;
    if (policy.eager) {
      reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'lazy' }, 0);
    } else {
      adev.asRef().info('lazy: registration deferred');
    }
    udev.data.frames = 1; // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
