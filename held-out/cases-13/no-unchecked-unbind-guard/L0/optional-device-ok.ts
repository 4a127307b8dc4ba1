// The hot-unplug notifier keeps the optional call's guard and handles both undefined cases. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface Slot {
  readonly index: number;
  drm?: GpuDevice;
}

export function notifySlot(slot: Slot): string {
  using guard = slot.drm?.unbindGuard();
  if (guard === undefined) return `slot ${slot.index} empty or unplugged`;
  return `slot ${slot.index} notified (${guard.parent.name})`;
}
