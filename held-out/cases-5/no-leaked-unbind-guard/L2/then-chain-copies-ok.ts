// A hotplug announcement copies the slot name, VRAM size and a `toNormal()` handle out of the section, then reports through a `.then` chain that captures only those. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { hotplugEvents, pause } from '../../../cases/_shared/timing.js';

export function announce(dev: drm.Device<GpuDrm>): Promise<void> {
  using guard = dev.unbindGuard();
  if (!guard) return Promise.resolve();
  const slot = guard.parent.name;
  const handle = guard.parent.toNormal();
  const vram = guard.registrationDataWith((_parent, data) => data.vramSize);
  return pause(1)
    .then(() => `${slot}: ${Math.round(vram / (1 << 20))} MiB VRAM`)
    .then((line) => {
      hotplugEvents.emit('gpu-online', { line, handle, dev });
    });
}
