// A registerPrimary() helper moves the device; the probe then registers the same device directly as well.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function registerPrimary(adev: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>): drm.Registration<AuxDrm> {
  return drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'primary' }, 0);
}

export const doubleDriver: auxiliary.Driver<{ readonly primary: drm.Registration<AuxDrm>; readonly mirror: drm.Registration<AuxDrm> }> = {
  name: 'b9d-double',
  idTable: [{ modname: 'b9d_gpu', name: 'double' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const primary = registerPrimary(adev, udev);
    const mirror = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'mirror' }, 1); // expect: bindsafe/no-unregistered-device-use
    return { primary, mirror };
  },
};
