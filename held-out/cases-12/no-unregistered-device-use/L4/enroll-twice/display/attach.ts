// Attaches an output of the display engine by registering the device it is given.
import { drm, type device, type platform } from '@bindsafe/kernel';

export type OutputKind = 'dsi' | 'dp';
export type DispDrm = drm.Driver<{ readonly layers: number }, { readonly output: OutputKind }, {}, 'platform'>;

export function attachOutput(pdev: platform.Device<device.Bound>, udev: drm.UnregisteredDevice<DispDrm>, output: OutputKind): drm.Registration<DispDrm> {
  return drm.Registration.new(pdev, udev, { output }, 0);
}
