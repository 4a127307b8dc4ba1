// Valid: the log lines (strings) are copied with spread and slice into a module ring buffer.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

let tail: string[] = [];

export function captureTail(dev: drm.Device<GpuDrm>, n = 16): number {
  using guard = dev.unbindGuard();
  if (guard === undefined) return 0;
  guard.registrationDataWith((_parent, data) => {
    tail = [...data.log].slice(-n);
  });
  return tail.length;
}
