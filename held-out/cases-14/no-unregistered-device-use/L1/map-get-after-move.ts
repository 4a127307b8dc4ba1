// A registry of pending devices keyed by role: the probe registers "main" and then reads it back from the Map. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

type Role = 'main' | 'overlay';

export const rolesDriver: auxiliary.Driver<{ readonly main: drm.Registration<AuxDrm> }> = {
  name: 'b14c-roles',
  idTable: [{ modname: 'b14c', name: 'roles' }],
  probe(adev) {
    const pending = new Map<Role, drm.UnregisteredDevice<AuxDrm>>([
      ['main', drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 })],
    ]);
    const udev = pending.get('main');
    if (udev === undefined) throw new Error('no main device');
    const main = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'main' }, 0);
    const frames = pending.get('main')?.data.frames ?? 0; // expect: bindsafe/no-unregistered-device-use
    adev.asRef().info(`main has ${frames} frames`);
    return { main };
  },
};
