// The fallback path keeps whichever device it entered in a `let` and returns early if neither was plugged. [class 1]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function enterPrimaryOrMirror(primary: GpuDevice, mirror: GpuDevice | undefined): number {
  let current: drm.UnbindGuard<GpuDrm> | undefined = primary.unbindGuard();
  if (current === undefined && mirror !== undefined) current = mirror.unbindGuard();
  if (current === undefined) return -1;
  try {
    return current.parent.deviceId;
  } finally {
    current.release();
  }
}
