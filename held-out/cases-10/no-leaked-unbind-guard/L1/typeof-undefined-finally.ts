// A typeof test for undefined returns early; otherwise the guard is released in finally.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function readStatus(dev: drm.Device<GpuDrm>): number | null {
  const guard = dev.unbindGuard();
  if (typeof guard === 'undefined') return null;
  try {
    return dev.data.regs.access(guard.parent.asRef()).read32(0x10);
  } finally {
    guard.release();
  }
}
