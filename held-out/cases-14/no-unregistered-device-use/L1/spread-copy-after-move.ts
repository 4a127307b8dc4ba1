// A probe snapshots its setup bundle with a spread for logging, after the bundle's device was moved. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Bundle { readonly udev: drm.UnregisteredDevice<AuxDrm>; readonly flags: number }

export const bundleDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b14c-bundle',
  idTable: [{ modname: 'b14c', name: 'bundle' }],
  probe(adev) {
    const bundle: Bundle = { udev: drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }), flags: 0 };
    const reg = drm.Registration.new(adev, bundle.udev, { core: adev.asRef(), label: 'bundle' }, bundle.flags);
    const snapshot = { ...bundle, at: Date.now() };
    adev.asRef().info(`registered ${snapshot.udev.name}`); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
