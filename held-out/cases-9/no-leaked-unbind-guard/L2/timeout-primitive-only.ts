// A deferred log line captures only the device id (a number), not the parent [class 2].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const deferredLines: string[] = [];

export function logLater(dev: drm.Device<GpuDrm>, delayMs = 20): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const id = guard.parent.deviceId;
  setTimeout(() => deferredLines.push(`device ${id} online`), delayMs);
}
