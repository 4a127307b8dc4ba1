// A helper returns the registration data's PCI device out of the registrationDataWith callback.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function owningPciDevice(dev: drm.Device<GpuDrm>): pci.Device<device.Bound> | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  return guard.registrationDataWith((_parent, data) => data.pdev); // expect: bindsafe/no-leaked-unbind-guard
}
