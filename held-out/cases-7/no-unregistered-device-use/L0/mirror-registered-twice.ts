// A display driver tries to register the same UnregisteredDevice a second time as a "mirror" head.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface MirrorData {
  readonly primary: drm.Registration<AuxDrm>;
  readonly mirror: drm.Registration<AuxDrm>;
}

export const mirrorDriver: auxiliary.Driver<MirrorData> = {
  name: 'held7-mirror',
  idTable: [{ modname: 'held7_gpu', name: 'mirror' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const primary = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'primary' }, 0);
    const mirror = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'mirror' }, 1); // expect: bindsafe/no-unregistered-device-use
    return { primary, mirror };
  },
};
