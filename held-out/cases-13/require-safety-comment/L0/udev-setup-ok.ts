// An auxiliary display child probes a DRM device and peeks at its Uninit view during setup, justified.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export interface DisplayData {
  readonly reg: drm.Registration<AuxDrm>;
}

export const displayDriver: auxiliary.Driver<DisplayData> = {
  name: 'aux-display',
  idTable: [{ modname: 'gpu_core', name: 'display' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    // SAFETY: an unregistered device is Uninit, the context asked for; nothing registered-only is called.
    const early = udev.assumeCtx();
    adev.asRef().info(`setting up ${early.name}`);
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'display' }, 0);
    return { reg };
  },
};
