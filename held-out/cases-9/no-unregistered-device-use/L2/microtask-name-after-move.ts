// [class 7] After the move, a queued microtask logs the moved device's name.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const bootLog: string[] = [];

export const deferredDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b9d-deferred',
  idTable: [{ modname: 'b9d_gpu', name: 'deferred' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'deferred' }, 0);
    queueMicrotask(() => bootLog.push(`up: ${udev.name}`)); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
