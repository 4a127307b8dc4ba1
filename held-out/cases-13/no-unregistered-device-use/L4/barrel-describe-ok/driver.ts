// An auxiliary display driver logs bring-up banners through barrel re-exports: the pending device before the move, the registered one after.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { describe, describeLive } from './lib/index.js';

export const displayDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'auxdisp-l4-barrel-ok',
  idTable: [{ modname: 'auxcore', name: 'disp4ok' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    adev.asRef().info(describe(udev, 'alloc'));
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'disp4' }, 0);
    adev.asRef().info(describeLive(reg.device(), 'live'));
    return { reg };
  },
};
