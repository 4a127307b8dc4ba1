// An auxiliary driver forces its unregistered device to the registered type to peek at the parent in a guard before registering. [class 8]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm, type AuxDevice } from '../../../cases/_shared/aux-drm.js';

export const peekDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly parentId: number }> = {
  name: 'auxpeek-l0-cast',
  idTable: [{ modname: 'auxcore', name: 'peek' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const parentId = (udev as unknown as AuxDevice).withUnbindGuard((parent) => parent.id) ?? -1; // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'peek' }, 0);
    return { reg, parentId };
  },
};
