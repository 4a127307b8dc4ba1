// A probe reads the Uninit view of its UnregisteredDevice during setup, before the move.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface BlitData {
  readonly reg: drm.Registration<AuxDrm>;
  readonly title: string;
}

export const blitDriver: auxiliary.Driver<BlitData> = {
  name: 'b8f-blit',
  idTable: [{ modname: 'b8f_gpu', name: 'blit' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    // SAFETY: a device that was never registered is exactly Uninit; only its name is read.
    const view = udev.assumeCtx();
    const title = view.name.toUpperCase();
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: title }, 0);
    return { reg, title };
  },
};
