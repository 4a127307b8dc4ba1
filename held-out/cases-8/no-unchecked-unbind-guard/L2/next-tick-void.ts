// [class 5] A process.nextTick callback voids the guard to silence an unused-result lint.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function deferWake(dev: GpuDevice, reason: string): string {
  process.nextTick(() => {
    void dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
  });
  return `wake scheduled: ${reason}`;
}
