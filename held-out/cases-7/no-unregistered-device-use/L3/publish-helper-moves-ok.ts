// A driver hands its UnregisteredDevice to a same-file publish() helper that moves it; probe only uses the result.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function publish(
  adev: auxiliary.Device<device.Bound>,
  udev: drm.UnregisteredDevice<AuxDrm>,
  label = 'publish',
): drm.Registration<AuxDrm> {
  return drm.Registration.new(adev, udev, { core: adev.asRef(), label }, 0);
}

interface PublishData {
  readonly reg: drm.Registration<AuxDrm>;
}

export const publishDriver: auxiliary.Driver<PublishData> = {
  name: 'held7-publish',
  idTable: [{ modname: 'held7_gpu', name: 'publish' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    udev.data.frames = 1;
    const reg = publish(adev, udev);
    adev.asRef().info(`publish: ${reg.device().name}`);
    return { reg };
  },
};
