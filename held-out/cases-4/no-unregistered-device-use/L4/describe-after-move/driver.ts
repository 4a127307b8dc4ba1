// probe moves the device into its registration and then hands the moved device to an imported diagnostics helper.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { describeDevice } from './diag.js';

export const hudDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'held4-hud',
  idTable: [{ modname: 'held4_vop', name: 'hud' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 90 });
    const reg = drm.Registration.new(adev, udev, { core: adev.parent(), label: 'hud' }, 0);
    const summary = describeDevice(udev); // expect: bindsafe/no-unregistered-device-use
    adev.asRef().info(summary);
    return { reg };
  },
};
