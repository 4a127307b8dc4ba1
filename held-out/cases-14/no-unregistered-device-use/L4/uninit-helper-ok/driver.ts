// A probe checks its device through an imported default-export helper taking an Uninit view, before registering. [class 8]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import uninitName from './naming.js';

export const uninitOkDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly name: string }> = {
  name: 'b14c-l4-uninit-ok',
  idTable: [{ modname: 'b14c', name: 'l4-uninit-ok' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const name = uninitName(udev);
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: name }, 0);
    return { reg, name };
  },
};
