// An auxiliary driver schedules a deferred banner after registering, and the timer callback reads the moved unregistered device. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const bannerDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'auxbanner-l2-timer',
  idTable: [{ modname: 'auxcore', name: 'banner' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'banner' }, 0);
    setTimeout(() => {
      process.stdout.write(`${udev.name} is up\n`); // expect: bindsafe/no-unregistered-device-use
    }, 10);
    return { reg };
  },
};
