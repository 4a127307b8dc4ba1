// An auxiliary overlay driver reads the title through an alias of its unregistered device before registering it. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const overlayDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly title: string }> = {
  name: 'auxoverlay-l1-alias-ok',
  idTable: [{ modname: 'auxcore', name: 'overlay' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const pending = udev;
    const title = pending.name.toUpperCase();
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'overlay' }, 0);
    return { reg, title: `${title}:${reg.device().name}` };
  },
};
