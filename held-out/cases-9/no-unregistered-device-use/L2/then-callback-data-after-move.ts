// [class 5] A `.then` continuation started after the move reads the moved device's data.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const frameCounts: number[] = [];

export const asyncInitDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b9d-then',
  idTable: [{ modname: 'b9d_gpu', name: 'then' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'then' }, 0);
    void Promise.resolve(16).then((n) => frameCounts.push(n + udev.data.frames)); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
