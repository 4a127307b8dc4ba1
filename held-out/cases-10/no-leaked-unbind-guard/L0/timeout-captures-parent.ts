// A deferred revision log captures the guard's parent in a setTimeout closure.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function logRevisionLater(dev: drm.Device<GpuDrm>, log: (r: number) => void): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const parent = guard.parent;
  setTimeout(() => log(parent.revision), 50); // expect: bindsafe/no-leaked-unbind-guard
}
