// A probe checks every lane with an every() callback that takes a guard through a cast of the unregistered device. [class 8]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

const LANES = [0, 1, 2, 3];

export const lanesDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-lanes',
  idTable: [{ modname: 'b8f_gpu', name: 'lanes' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const early = udev as unknown as AuxDevice;
    const allUp = LANES.every((lane) => early.withUnbindGuard((parent) => parent.name.length > lane) === true); // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: allUp ? 'lanes' : 'lanes-degraded' }, 0);
    return { reg };
  },
};
