// An auxiliary display driver resets the frame counter on the UnregisteredDevice after moving it into the registration.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface DisplayData {
  readonly reg: drm.Registration<AuxDrm>;
}

export const displayDriver: auxiliary.Driver<DisplayData> = {
  name: 'held7-display',
  idTable: [{ modname: 'held7_gpu', name: 'display' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 1 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'display' }, 0);
    udev.data.frames = 0; // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
