// Reads the parent's PCI vendor id inside a critical section of a registered DRM device.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';

export function parentVendor(dev: GpuDevice): number {
  return dev.withUnbindGuard((parent) => parent.vendorId) ?? 0;
}
