// A notification queue collects "device seen" notices made of the parent's destructured ids. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface SeenNotice {
  readonly vendorId: number;
  readonly deviceId: number;
  readonly at: number;
}

const pending: SeenNotice[] = [];

export function noteSeen(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const { vendorId, deviceId } = guard.parent;
  pending.push({ vendorId, deviceId, at: Date.now() });
}

export function drainNotices(sink: (notice: SeenNotice) => void): void {
  for (const notice of pending.splice(0)) sink(notice);
}
