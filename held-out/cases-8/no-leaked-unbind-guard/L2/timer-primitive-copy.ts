// Valid: only a number copied from the parent is captured by the timer callback.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function announce(dev: drm.Device<GpuDrm>, print: (s: string) => void): void {
  const vendor = dev.withUnbindGuard((parent) => parent.vendorId);
  if (vendor === undefined) return;
  setTimeout(() => print(`gpu vendor 0x${vendor.toString(16)}`), 0);
}
