// A probe logs its node through a describe() helper from a barrel, called on the device after it was moved.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { describe } from './util/index.js';

export const describeDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly text: string }> = {
  name: 'b14c-l4-describe',
  idTable: [{ modname: 'b14c', name: 'l4-describe' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'describe' }, 0);
    const text = describe(udev, `@${adev.id}`); // expect: bindsafe/no-unregistered-device-use
    return { reg, text };
  },
};
