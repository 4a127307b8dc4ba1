// A reset notifier logs from a timer through a Device<Normal> handle taken inside the withUnbindGuard callback. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const after =
  (ms: number) =>
  (f: () => void): ReturnType<typeof setTimeout> =>
    setTimeout(f, ms);

export const notifyReset = (dev: GpuDevice, reason: string): boolean =>
  dev.withUnbindGuard((parent) => {
    parent.asRef().info(`reset requested: ${reason}`);
    const handle = parent.toNormal();
    setTimeout(() => handle.asRef().info(`reset done: ${reason}`), 50);
    return true;
  }) ?? false;

export const later = after(10);
