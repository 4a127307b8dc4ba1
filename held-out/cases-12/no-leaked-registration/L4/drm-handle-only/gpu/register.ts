// Registers the auxiliary GPU's DRM device with userspace.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../../cases/_shared/aux-drm.js';

export function registerAuxGpu(adev: auxiliary.Device<device.Bound>, label: string): drm.Registration<AuxDrm> {
  const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
  return drm.Registration.new(adev, udev, { core: adev.asRef(), label }, 0);
}
