// A probe configures its UnregisteredDevice through a helper with a default parameter before registering it.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function configure(udev: drm.UnregisteredDevice<AuxDrm>, budget = 16): void {
  udev.data.frames = Math.min(budget, 64);
}

export const configuredDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-configured',
  idTable: [{ modname: 'b8f_gpu', name: 'configured' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    configure(udev);
    configure(udev, 32);
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'configured' }, 0);
    return { reg };
  },
};
