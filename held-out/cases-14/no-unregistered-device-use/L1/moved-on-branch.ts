// An optional-eager probe registers right away on one branch, and logs the device's name after the branches join.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export interface EagerInfo { readonly eager: boolean }
type EagerData = { readonly reg: drm.Registration<AuxDrm> | undefined };

export const eagerDriver: auxiliary.Driver<EagerData, EagerInfo> = {
  name: 'b14c-eager',
  idTable: [{ modname: 'b14c', name: 'eager', info: { eager: true } }],
  probe(adev, info) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    let reg: drm.Registration<AuxDrm> | undefined;
    if (info?.eager ?? false) {
      reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'eager' }, 0);
    }
    adev.asRef().info(`probed ${udev.name}`); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
