// Registers the DRM device of an auxiliary child and returns the registration.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export function registerAuxDisplay(adev: auxiliary.Device<device.Bound>, label: string): drm.Registration<AuxDrm> {
  const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
  return drm.Registration.new(adev, udev, { core: adev.asRef(), label }, 0);
}
