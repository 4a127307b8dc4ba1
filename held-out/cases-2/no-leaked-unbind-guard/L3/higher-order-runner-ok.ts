// A higher-order helper runs a callback with the guard's parent and returns only its number. [class 7]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function withParent(dev: GpuDevice, f: (p: pci.Device<device.Bound>) => number): number {
  using guard = dev.unbindGuard();
  return guard ? f(guard.parent) : -19;
}

export const readRevision = (dev: GpuDevice): number => withParent(dev, (p) => p.revision);
export const readBar0 = (dev: GpuDevice): number => withParent(dev, (p) => p.resourceLen(0));
