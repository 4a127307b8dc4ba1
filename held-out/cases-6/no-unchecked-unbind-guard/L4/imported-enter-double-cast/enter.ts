// An audio driver's helper module: passes the guard of the first live stream on (or undefined).
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function firstStreamGuard(streams: readonly GpuDevice[]): drm.UnbindGuard<GpuDrm> | undefined {
  const [first] = streams;
  return first === undefined ? undefined : first.unbindGuard();
}
