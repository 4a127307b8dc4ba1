// A defer helper hands its callback to queueMicrotask; the caller passes a closure over the parent.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function defer(job: () => void): void {
  queueMicrotask(job);
}

export function flushLater(dev: drm.Device<GpuDrm>): void {
  dev.withUnbindGuard((parent) => {
    defer(() => parent.asRef().info('deferred flush')); // expect: bindsafe/no-leaked-unbind-guard
  });
}
