// A hot-unplug listener on the shared event bus captures the guard's parent.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export function watchRemoval(dev: drm.Device<GpuDrm>, report: (id: number) => void): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const parent = guard.parent;
  hotplugEvents.on('remove', () => report(parent.deviceId)); // expect: bindsafe/no-leaked-unbind-guard
}
