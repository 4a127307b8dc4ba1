// A probe pokes its parent through a guarded callback on a device it cast to Registered before registering. [class 8]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

type Registered<D extends drm.AnyDriver> = drm.Device<D, drm.Registered>;

export const castDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b14c-cast',
  idTable: [{ modname: 'b14c', name: 'cast' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const id = (udev as unknown as Registered<AuxDrm>).withUnbindGuard((parent) => parent.id); // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: `cast-${id ?? -1}` }, 0);
    return { reg };
  },
};
