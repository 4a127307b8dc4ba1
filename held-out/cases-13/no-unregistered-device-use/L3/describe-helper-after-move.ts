// An auxiliary driver formats a log banner with a helper that reads the unregistered device, called after registering it.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function banner(udev: drm.UnregisteredDevice<AuxDrm>, stage: string): string {
  return `[${stage}] ${udev.name} frames=${udev.data.frames}`;
}

export const bannerDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'auxbanner-l3-describe',
  idTable: [{ modname: 'auxcore', name: 'banner3' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    adev.asRef().info(banner(udev, 'alloc'));
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'banner' }, 0);
    adev.asRef().info(banner(udev, 'live')); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
