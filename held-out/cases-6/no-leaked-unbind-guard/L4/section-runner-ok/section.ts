// A helper that runs a function inside a critical section, taking and releasing the guard itself.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';

export function inSection<R>(dev: GpuDevice, fallback: R, f: (parent: pci.Device<device.Bound>) => R): R {
  using guard = dev.unbindGuard();
  if (guard === undefined) return fallback;
  return f(guard.parent);
}
