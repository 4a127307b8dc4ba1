// A probe reads the device through its Uninit view and sets its data before the one move.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const setupDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly tag: string }> = {
  name: 'b9d-setup',
  idTable: [{ modname: 'b9d_gpu', name: 'setup' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    // SAFETY: a fresh UnregisteredDevice is in the Uninit context, which is what is asked for.
    const view = udev.assumeCtx();
    const tag = view.name.replace(/gpu$/, '');
    udev.data = { ...udev.data, frames: tag.length };
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: tag }, 0);
    return { reg, tag };
  },
};
