// A driver lets a same-file publish() helper move its UnregisteredDevice and then writes its data anyway.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function publish(adev: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>): drm.Registration<AuxDrm> {
  return drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'late' }, 0);
}

interface LateData {
  readonly reg: drm.Registration<AuxDrm>;
}

export const lateDriver: auxiliary.Driver<LateData> = {
  name: 'held7-late',
  idTable: [{ modname: 'held7_gpu', name: 'late' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = publish(adev, udev);
    udev.data.frames = 60; // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
