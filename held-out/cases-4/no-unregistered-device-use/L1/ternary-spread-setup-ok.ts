// The device data is replaced through a ternary of spreads before the move; after it only reg.device() is read.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface PowerInfo {
  readonly lowPower: boolean;
}

export const mipiDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly label: string }, PowerInfo> = {
  name: 'held4-mipi',
  idTable: [
    { modname: 'held4_soc', name: 'dsi', info: { lowPower: true } },
    { modname: 'held4_soc', name: 'dsi-hs', info: { lowPower: false } },
  ],
  probe(adev, info) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    udev.data = info?.lowPower === true ? { ...udev.data, frames: 30 } : { ...udev.data, frames: 120 };
    const reg = drm.Registration.new(adev, udev, { core: adev.parent(), label: 'dsi' }, 0);
    const { name: label } = reg.device();
    return { reg, label };
  },
};
