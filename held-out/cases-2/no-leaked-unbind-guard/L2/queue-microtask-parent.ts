// A microtask queued in the section runs after it has closed, with the parent captured. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function announce(dev: GpuDevice): boolean {
  const ok = dev.withUnbindGuard((parent) => {
    parent.asRef().info('resume requested');
    queueMicrotask(() => parent.asRef().info('resumed')); // expect: bindsafe/no-leaked-unbind-guard
    return true;
  });
  return ok ?? false;
}
