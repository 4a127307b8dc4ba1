// A listener added to a module-level EventTarget captures the guarded parent.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export const resets = new EventTarget();

export function watchResets(dev: GpuDevice): void {
  dev.withUnbindGuard((parent) => {
    resets.addEventListener('reset', () => parent.asRef().info('reset seen')); // expect: bindsafe/no-leaked-unbind-guard
  });
}
