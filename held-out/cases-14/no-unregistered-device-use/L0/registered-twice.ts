// A mirrored output registers "primary" and "mirror" nodes, but hands the same UnregisteredDevice to both.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm, type AuxRegData } from '../../../cases/_shared/aux-drm.js';

type Outputs = readonly [primary: drm.Registration<AuxDrm>, mirror: drm.Registration<AuxDrm>];

const regData = (core: AuxRegData['core'], label: string): AuxRegData => ({ core, label });

export const mirrorDriver: auxiliary.Driver<{ readonly outputs: Outputs }> = {
  name: 'b14c-mirror',
  idTable: [{ modname: 'b14c', name: 'mirror' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const primary = drm.Registration.new(adev, udev, regData(adev.asRef(), 'primary'), 0);
    const mirror = drm.Registration.new(adev, udev, regData(adev.asRef(), 'mirror'), 0); // expect: bindsafe/no-unregistered-device-use
    return { outputs: [primary, mirror] as const };
  },
};
