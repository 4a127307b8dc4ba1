// Attaches an output of the display engine: makes a fresh unregistered device and registers it.
import { drm, type device, type platform } from '@bindsafe/kernel';

export type OutputKind = 'dsi' | 'dp';
export type DispDrm = drm.Driver<{ readonly layers: number }, { readonly output: OutputKind }, {}, 'platform'>;

export function attachOutput(driver: DispDrm, pdev: platform.Device<device.Bound>, output: OutputKind): drm.Registration<DispDrm> {
  const udev = drm.UnregisteredDevice.new(driver, pdev, { layers: output === 'dsi' ? 4 : 2 });
  return drm.Registration.new(pdev, udev, { output }, 0);
}
