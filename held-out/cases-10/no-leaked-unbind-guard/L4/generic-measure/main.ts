// A timed register dump runs a closure over the parent's BAR through a generic helper, synchronously.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { measure } from './timing.js';

export function timedDump(dev: drm.Device<GpuDrm>, report: (label: string, ms: number) => void): number[] {
  using guard = dev.unbindGuard();
  if (!guard) return [];
  const bar = dev.data.regs.access(guard.parent.asRef());
  return measure('dump', () => [0x10, 0x14, 0x18].map((o) => bar.read32(o)), report);
}
