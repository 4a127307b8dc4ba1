// [class 8] A probe forces the unregistered device to a registered drm.Device with a double cast to open a file early.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const earlyDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly stamp: number }> = {
  name: 'b10d-early',
  idTable: [{ modname: 'b10d_gpu', name: 'early' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const stamp = (udev as unknown as drm.Device<AuxDrm>).openFile().inner().opened; // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'early' }, 0);
    return { reg, stamp };
  },
};
