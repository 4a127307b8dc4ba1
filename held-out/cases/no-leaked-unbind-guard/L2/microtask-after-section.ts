// queueMicrotask runs after the synchronous callback returned.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function kick(dev: GpuDevice): void {
  dev.withUnbindGuard((parent) => {
    queueMicrotask(() => { // expect: bindsafe/no-leaked-unbind-guard
      parent.asRef().info('kicked');
    });
  });
}
