// A doorbell flush queued with `queueMicrotask` enters the device with `void`, discarding the guard. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function ringDoorbell(dev: GpuDevice, pending: string[]): void {
  queueMicrotask(() => {
    void dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
    pending.length = 0;
  });
}
