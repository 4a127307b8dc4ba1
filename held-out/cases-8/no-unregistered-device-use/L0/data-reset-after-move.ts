// A probe resets the UnregisteredDevice's private data with a fresh object after Registration.new consumed it.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

const enum Frames {
  Initial = 0,
}

export const scanoutDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-scanout',
  idTable: [{ modname: 'b8f_gpu', name: 'scanout' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 7 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'scanout' }, 0);
    udev.data = { adev: adev.toNormal(), frames: Frames.Initial }; // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
