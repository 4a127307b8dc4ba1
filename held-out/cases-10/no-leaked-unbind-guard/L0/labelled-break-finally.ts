// A ring scan breaks out of a labelled outer loop; the guard is released in finally.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function findBusyRing(dev: drm.Device<GpuDrm>, rings: number, slots: number): number {
  const guard = dev.unbindGuard();
  if (!guard) return -1;
  let found = -1;
  try {
    const bar = dev.data.regs.access(guard.parent.asRef());
    outer: for (let r = 0; r < rings; r++) {
      for (let s = 0; s < slots; s++) {
        if (bar.read32(0x100 + r * 0x40 + s * 4) !== 0) {
          found = r;
          break outer;
        }
      }
    }
  } finally {
    guard.release();
  }
  return found;
}
