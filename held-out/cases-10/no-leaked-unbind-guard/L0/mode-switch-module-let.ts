// A power-mode switch remembers the guard's parent in a module variable for the next call.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

let lastParent: pci.Device<device.Bound> | undefined;

export function applyMode(dev: drm.Device<GpuDrm>, mode: 'low' | 'high'): number {
  using guard = dev.unbindGuard();
  if (!guard) return -1;
  switch (mode) {
    case 'low':
      lastParent = guard.parent; // expect: bindsafe/no-leaked-unbind-guard
      return 0;
    case 'high':
      return guard.parent.revision;
  }
}
