// A lookup returns the parent straight out of the withUnbindGuard callback.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function parentOf(dev: drm.Device<GpuDrm>): pci.Device<device.Bound> | undefined {
  return dev.withUnbindGuard((parent) => parent); // expect: bindsafe/no-leaked-unbind-guard
}
