// A batched notifier flushes "link state" callbacks in a microtask with the state read up front. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const batch: Array<(busMaster: boolean) => void> = [];

export function onLinkState(callback: (busMaster: boolean) => void): void {
  batch.push(callback);
}

export function flushLinkState(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const busMaster = guard.parent.busMaster;
  queueMicrotask(() => batch.splice(0).forEach((cb) => cb(busMaster)));
}
