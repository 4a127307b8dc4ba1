// A probe registers through an overloaded imported helper and then uses the registration's device only.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { publish } from './publish.js';

export const cardDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly driverName: string }> = {
  name: 'b8f-card',
  idTable: [{ modname: 'b8f_gpu', name: 'card' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = publish(adev, udev);
    const dev = reg.device();
    return { reg, driverName: dev.name };
  },
};
