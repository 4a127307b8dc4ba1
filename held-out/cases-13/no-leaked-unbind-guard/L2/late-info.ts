// A reset notifier logs on the bound parent from a timer armed inside the withUnbindGuard callback. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const after =
  (ms: number) =>
  (f: () => void): ReturnType<typeof setTimeout> =>
    setTimeout(f, ms);

export const notifyReset = (dev: GpuDevice, reason: string): boolean =>
  dev.withUnbindGuard((parent) => {
    parent.asRef().info(`reset requested: ${reason}`);
    setTimeout(() => parent.asRef().info(`reset done: ${reason}`), 50); // expect: bindsafe/no-leaked-unbind-guard
    return true;
  }) ?? false;

export const later = after(10);
