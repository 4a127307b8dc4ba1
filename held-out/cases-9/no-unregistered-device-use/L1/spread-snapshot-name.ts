// [class 6] A spread copy of the holder is taken for logging after the move and reads the moved device's name.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const snapDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly log: readonly string[] }> = {
  name: 'b9d-snap',
  idTable: [{ modname: 'b9d_gpu', name: 'snap' }],
  probe(adev) {
    const holder = { udev: drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }), flags: 0 };
    const reg = drm.Registration.new(adev, holder.udev, { core: adev.asRef(), label: 'snap' }, holder.flags);
    const snapshot = { ...holder, at: Date.now() };
    const log = [`registered ${snapshot.udev.name} at ${snapshot.at}`]; // expect: bindsafe/no-unregistered-device-use
    return { reg, log };
  },
};
