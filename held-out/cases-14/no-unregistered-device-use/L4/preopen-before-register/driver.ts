// A probe pre-opens a file through an imported helper that forces the Registered context, before registering. [class 8]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { preopen } from './preopen.js';

export const preopenDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly opened: number }> = {
  name: 'b14c-l4-preopen',
  idTable: [{ modname: 'b14c', name: 'l4-preopen' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const { opened } = preopen(udev).inner(); // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'preopen' }, 0);
    return { reg, opened };
  },
};
