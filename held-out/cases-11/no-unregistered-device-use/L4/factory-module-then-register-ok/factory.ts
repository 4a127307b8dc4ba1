// Device factory: makes and pre-configures an UnregisteredDevice for the auxiliary GPU.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export const enum Rate {
  Slow = 24,
  Normal = 60,
  Fast = 144,
}

export function makeHead(adev: auxiliary.Device<device.Bound>, rate: Rate = Rate.Normal): drm.UnregisteredDevice<AuxDrm> {
  const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
  udev.data.frames = rate;
  return udev;
}
