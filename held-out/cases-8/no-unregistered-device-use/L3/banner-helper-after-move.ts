// A probe calls a banner() helper, which reads the UnregisteredDevice it is given, after registering it.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function banner(udev: drm.UnregisteredDevice<AuxDrm>, prefix = 'drm'): string {
  return `${prefix}:${udev.name}:${udev.data.frames}`;
}

export const bannerDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-banner',
  idTable: [{ modname: 'b8f_gpu', name: 'banner' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'banner' }, 0);
    adev.asRef().info(banner(udev)); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
