// [class 5] A queued microtask enters the section for its side effect and drops the guard.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function scheduleFlush(dev: GpuDevice, pending: number): number {
  queueMicrotask(() => {
    dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
  });
  return pending;
}
