// A generic wrapper that runs a callback in a critical section with a default value.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function withGpu<R>(dev: drm.Device<GpuDrm>, fallback: R, fn: (parent: pci.Device<device.Bound>) => R): R {
  const result = dev.withUnbindGuard(fn);
  return result === undefined ? fallback : result;
}
