// Two guards taken into an array, destructured, each checked before use. [class 6] [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function both(a: GpuDevice, b: GpuDevice): number {
  using ga = a.unbindGuard();
  using gb = b.unbindGuard();
  const [x, y] = [ga, gb];
  if (x === undefined || y === undefined) return -19;
  return x.parent.revision + y.parent.revision;
}
