// Helper module: registers the DRM device and returns both the registration and its device handle.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export interface DrmBringUp {
  readonly registration: drm.Registration<AuxDrm>;
  readonly device: AuxDevice;
}

export function bringUpDrm(adev: auxiliary.Device<device.Core>, label: string): DrmBringUp {
  const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
  const registration = drm.Registration.new(adev, udev, { core: adev.asRef(), label }, 0);
  return { registration, device: registration.device() };
}
