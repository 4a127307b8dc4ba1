// A probe takes a guard on the Registered view an imported helper makes of its still unregistered device. [class 3]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { registeredView } from './views.js';

export const viewDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-view',
  idTable: [{ modname: 'b8f_gpu', name: 'view' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const parentId = registeredView(udev).withUnbindGuard((parent) => parent.id); // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: `view-${parentId ?? 0}` }, 0);
    return { reg };
  },
};
