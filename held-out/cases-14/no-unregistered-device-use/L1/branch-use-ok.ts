// An optional-eager probe either registers now or only tunes the device; nothing touches it after the join.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export interface EagerInfo { readonly eager: boolean }
type EagerData = { readonly reg: drm.Registration<AuxDrm> | undefined; readonly name: string };

export const eagerOkDriver: auxiliary.Driver<EagerData, EagerInfo> = {
  name: 'b14c-eager-ok',
  idTable: [{ modname: 'b14c', name: 'eager-ok', info: { eager: true } }],
  probe(adev, info) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const name = udev.name;
    let reg: drm.Registration<AuxDrm> | undefined;
    if (info?.eager ?? false) {
      reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'eager' }, 0);
    } else {
      udev.data.frames = -1;
    }
    adev.asRef().info(`probed ${name}`);
    return { reg, name };
  },
};
