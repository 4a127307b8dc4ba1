// After registration the probe uses registration.device(), not the moved unregistered device.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const liveDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly live: boolean }> = {
  name: 'b10d-live',
  idTable: [{ modname: 'b10d_gpu', name: 'live' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'live' }, 0);
    using guard = reg.device().unbindGuard();
    return { reg, live: guard !== undefined };
  },
};
