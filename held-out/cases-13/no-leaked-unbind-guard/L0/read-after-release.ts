// A VRAM probe releases its guard and then reads the parent's revision once more for a debug line. [class 1]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const hex = (n: number): string => `0x${n.toString(16).padStart(8, '0')}`;

export function probeVram(dev: GpuDevice, offsets: readonly number[]): string[] {
  const guard = dev.unbindGuard();
  if (!guard) return [];
  const size = guard.parent.resourceLen(0);
  const words = offsets.filter((off) => off < size).map(hex);
  guard.release();
  const rev = guard.parent.revision; // expect: bindsafe/no-leaked-unbind-guard
  return [...words, hex(rev)];
}
