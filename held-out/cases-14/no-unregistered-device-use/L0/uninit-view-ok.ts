// A probe checks its device through an Uninit view before registering it: Uninit is what an unregistered device is. [class 8]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

type UninitOf<D extends drm.AnyDriver> = drm.Device<D, drm.Uninit>;

export const uninitDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b14c-uninit',
  idTable: [{ modname: 'b14c', name: 'uninit' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    // SAFETY: a device that was never registered is in the Uninit context.
    const view: UninitOf<AuxDrm> = udev.assumeCtx();
    adev.asRef().info(`preparing ${view.name}`);
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: view.name }, 0);
    return { reg };
  },
};
