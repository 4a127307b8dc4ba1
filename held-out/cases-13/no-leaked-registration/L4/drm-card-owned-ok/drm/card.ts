import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../../cases/_shared/aux-drm.js';

/** Registers the DRM card of an auxiliary GPU function; the caller owns the registration. */
export function registerCard(adev: auxiliary.Device<device.Bound>, label: string): drm.Registration<AuxDrm> {
  const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
  udev.data.frames = adev.id;
  return drm.Registration.new(adev, udev, { core: adev.asRef(), label }, 0);
}
