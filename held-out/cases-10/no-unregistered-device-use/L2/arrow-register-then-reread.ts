// An inline register arrow is used, then a reduce callback reads the moved device's data.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const reduceDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly total: number }> = {
  name: 'b10d-reduce',
  idTable: [{ modname: 'b10d_gpu', name: 'reduce' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const register = (flags: number) => drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'reduce' }, flags);
    const reg = register(0);
    const total = [1, 2, 3].reduce((sum, n) => sum + n * udev.data.frames, 0); // expect: bindsafe/no-unregistered-device-use
    return { reg, total };
  },
};
