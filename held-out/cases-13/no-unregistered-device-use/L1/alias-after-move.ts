// An auxiliary overlay driver keeps a "pending" alias of its unregistered device and reads through it after registering. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const overlayDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly title: string }> = {
  name: 'auxoverlay-l1-alias',
  idTable: [{ modname: 'auxcore', name: 'overlay' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const pending = udev;
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'overlay' }, 0);
    const title = pending.name.toUpperCase(); // expect: bindsafe/no-unregistered-device-use
    return { reg, title };
  },
};
