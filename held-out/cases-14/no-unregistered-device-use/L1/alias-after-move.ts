// A probe hands a "pending" alias to the registration and then reads the name through the original binding. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

type Pending<D extends drm.AnyDriver> = drm.UnregisteredDevice<D>;

export const aliasDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly tag: string }> = {
  name: 'b14c-alias',
  idTable: [{ modname: 'b14c', name: 'alias' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const pending: Pending<AuxDrm> = udev;
    const reg = drm.Registration.new(adev, pending, { core: adev.asRef(), label: 'alias' }, 0);
    const tag = `${udev.name}#${adev.id}`; // expect: bindsafe/no-unregistered-device-use
    return { reg, tag };
  },
};
