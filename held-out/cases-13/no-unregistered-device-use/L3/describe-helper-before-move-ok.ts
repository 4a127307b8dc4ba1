// An auxiliary driver formats its log banners with a helper on the unregistered device before the move and on the registered device after.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function banner(dev: { readonly name: string; readonly data: { readonly frames: number } }, stage: string): string {
  return `[${stage}] ${dev.name} frames=${dev.data.frames}`;
}

export const bannerDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'auxbanner-l3-describe-ok',
  idTable: [{ modname: 'auxcore', name: 'banner3' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    adev.asRef().info(banner(udev, 'alloc'));
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'banner' }, 0);
    adev.asRef().info(banner(reg.device(), 'live'));
    return { reg };
  },
};
