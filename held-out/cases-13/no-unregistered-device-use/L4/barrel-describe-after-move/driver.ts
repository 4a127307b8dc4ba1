// An auxiliary display driver logs bring-up banners through a helper re-exported by a barrel, once after the move.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { describe } from './lib/index.js';

export const displayDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'auxdisp-l4-barrel',
  idTable: [{ modname: 'auxcore', name: 'disp4' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    adev.asRef().info(describe(udev, 'alloc'));
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'disp4' }, 0);
    adev.asRef().info(describe(udev, 'live')); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
