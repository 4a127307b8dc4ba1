// A probe logs a description of its UnregisteredDevice, made by an imported helper, after the move.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { describe } from './describe.js';

export const describeDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-describe',
  idTable: [{ modname: 'b8f_gpu', name: 'describe' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'describe' }, 0);
    const line = describe(udev); // expect: bindsafe/no-unregistered-device-use
    adev.asRef().info(line);
    return { reg };
  },
};
