// An auxiliary driver registers at once on the mirror path, or sets the device up first on the plain path; nothing reads the device after the join. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

const mirror = process.env['AUX_MIRROR'] === '1';

export const branchDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly frames: number }> = {
  name: 'auxbranch-l1-ok',
  idTable: [{ modname: 'auxcore', name: 'branch' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    let reg: drm.Registration<AuxDrm>;
    if (mirror) {
      reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'mirror' }, 0);
    } else {
      udev.data.frames = 30;
      reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'plain' }, 0);
    }
    return { reg, frames: reg.device().data.frames };
  },
};
