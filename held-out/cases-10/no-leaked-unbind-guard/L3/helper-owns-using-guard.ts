// A helper takes its own using guard and returns a register value; callers keep only the handle.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function readFence(dev: drm.Device<GpuDrm>): number | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  return dev.data.regs.access(guard.parent.asRef()).read32(0xb0);
}

export function fenceAdvanced(dev: drm.Device<GpuDrm>, last: number): boolean {
  const now = readFence(dev);
  return now !== undefined && now > last;
}
