// Registration helper of the virtual GPU: consumes the unregistered device.
import { drm, type device, type pci } from '@bindsafe/kernel';
import type { VgpuDrm } from './types.js';

export function enroll(pdev: pci.Device<device.Bound>, udev: drm.UnregisteredDevice<VgpuDrm>, slices: number): drm.Registration<VgpuDrm> {
  return drm.Registration.new(pdev, udev, { slices }, 0);
}
