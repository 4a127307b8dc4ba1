// A VRAM probe copies the revision out before it releases its guard, then formats the copy. [class 1]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const hex = (n: number): string => `0x${n.toString(16).padStart(8, '0')}`;

export function probeVram(dev: GpuDevice, offsets: readonly number[]): string[] {
  const guard = dev.unbindGuard();
  if (!guard) return [];
  const size = guard.parent.resourceLen(0);
  const words = offsets.filter((off) => off < size).map(hex);
  const rev = guard.parent.revision;
  guard.release();
  return [...words, hex(rev)];
}
