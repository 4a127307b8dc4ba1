// [class 7] The guard's parent is passed to an imported helper that captures it in a queueMicrotask closure.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { logLater } from './defer.js';

export function suspendNotice(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (guard === undefined) return;
  logLater(guard.parent, `suspending ${dev.name}`); // expect: bindsafe/no-leaked-unbind-guard
}
