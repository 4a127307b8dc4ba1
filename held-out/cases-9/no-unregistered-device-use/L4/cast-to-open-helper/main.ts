// [class 8] A probe casts the unregistered device to a drm.Device and hands it to another module's file opener.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { openedAt } from './open.js';

export const castDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly firstOpen: number }> = {
  name: 'b9d-cast',
  idTable: [{ modname: 'b9d_gpu', name: 'cast' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const firstOpen = openedAt(udev as unknown as drm.Device<AuxDrm>); // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'cast' }, 0);
    return { reg, firstOpen };
  },
};
