// A deferred-reset scheduler parks the bound parent in a module-level tuple with the time it was queued. [class 6]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Pending = readonly [pci.Device<device.Bound>, number];

let pending: Pending | undefined;

export const queueReset = (dev: GpuDevice, now: () => number = Date.now): boolean => {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  pending = [guard.parent, now()]; // expect: bindsafe/no-leaked-unbind-guard
  return true;
};

export const queuedAt = (): number | undefined => pending?.[1];
