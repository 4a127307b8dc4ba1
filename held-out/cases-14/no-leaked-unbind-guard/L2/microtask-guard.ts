// A batched notifier flushes "link state" callbacks in a microtask, peeking at the guard when it flushes. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const batch: Array<(busMaster: boolean) => void> = [];

export function onLinkState(callback: (busMaster: boolean) => void): void {
  batch.push(callback);
}

export function flushLinkState(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  queueMicrotask(() => batch.splice(0).forEach((cb) => cb(guard.parent.busMaster))); // expect: bindsafe/no-leaked-unbind-guard
}
