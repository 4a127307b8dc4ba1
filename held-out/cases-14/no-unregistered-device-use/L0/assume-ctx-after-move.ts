// A display node takes an Uninit view of its DRM device for a sanity check, after the device was moved. [class 8]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

type Holder<T> = { readonly [K in 'reg']: T };

export const viewDriver: auxiliary.Driver<Holder<drm.Registration<AuxDrm>>> = {
  name: 'b14c-view',
  idTable: [{ modname: 'b14c', name: 'view' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'view' }, 0);
    // SAFETY: the device was created above and is only read as Uninit, which any device is.
    const view = udev.assumeCtx(); // expect: bindsafe/no-unregistered-device-use
    adev.asRef().info(`checked ${view.name}`);
    return { reg };
  },
};
