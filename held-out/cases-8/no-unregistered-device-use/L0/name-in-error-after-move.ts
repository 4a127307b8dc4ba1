// A probe builds a custom error message from the UnregisteredDevice's name after it was moved into the registration.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export class ProbeStepError extends Error {
  constructor(readonly step: string, detail: string) {
    super(`${step}: ${detail}`);
  }
}

export const overlayDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-overlay',
  idTable: [{ modname: 'b8f_gpu', name: 'overlay' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'overlay' }, 0);
    if (adev.id > 64) {
      throw new ProbeStepError('register', `too many overlays for ${udev.name}`); // expect: bindsafe/no-unregistered-device-use
    }
    return { reg };
  },
};
