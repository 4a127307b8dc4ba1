// A hot-unplug notifier may have no DRM device yet and pokes it through an optional call. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface Slot {
  readonly index: number;
  drm?: GpuDevice;
}

export function notifySlot(slot: Slot): string {
  slot.drm?.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
  return `slot ${slot.index} notified`;
}
