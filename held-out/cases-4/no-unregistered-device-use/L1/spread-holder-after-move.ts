// The device is staged in an object built by spreading defaults; after the move probe logs `staged.udev.name`. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

const DEFAULTS = { label: 'lcd', flags: 0 } as const;

export const lcdDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'held4-lcd',
  idTable: [{ modname: 'held4_lcdc', name: 'plane-primary' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const staged = { ...DEFAULTS, udev };
    const reg = drm.Registration.new(adev, staged.udev, { core: adev.parent(), label: staged.label }, staged.flags);
    adev.asRef().info(`${staged.udev.name} registered as ${staged.label}`); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
