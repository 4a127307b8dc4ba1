// A link-training retry loop takes a fresh `using` guard on each attempt of a do/while.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function trainLink(dev: drm.Device<GpuDrm>, attempts = 3): boolean {
  let tries = 0;
  do {
    using guard = dev.unbindGuard();
    if (!guard) return false;
    const bar = dev.data.regs.access(guard.parent.asRef());
    bar.write32(1, 0x40);
    if ((bar.read32(0x44) & 1) === 1) return true;
    tries++;
  } while (tries < attempts);
  return false;
}
