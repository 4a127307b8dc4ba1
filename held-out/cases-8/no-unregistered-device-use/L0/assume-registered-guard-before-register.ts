// A probe assumes the Registered context on a fresh UnregisteredDevice to peek at the parent inside a guard. [class 3]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const peekDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-peek',
  idTable: [{ modname: 'b8f_gpu', name: 'peek' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    // SAFETY: the parent is bound for the whole probe, so the guard is expected to succeed.
    const parentName = udev.assumeCtx<drm.Registered>().withUnbindGuard((parent) => parent.name); // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: parentName ?? 'peek' }, 0);
    return { reg };
  },
};
