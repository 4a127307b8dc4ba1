// A probe registers through a helper and logs through the registration's device afterwards.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function publish(adev: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>): drm.Registration<AuxDrm> {
  udev.data.frames = 1;
  return drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'published' }, 0);
}

export const publishDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-publish',
  idTable: [{ modname: 'b8f_gpu', name: 'publish' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = publish(adev, udev);
    adev.asRef().info(`published ${reg.device().name}`);
    return { reg };
  },
};
