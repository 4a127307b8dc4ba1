// A listener on the shared hotplug bus re-reads the VRAM size under a `using` guard and ignores the event once the GPU is unplugged. [class 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export function watchVram(dev: drm.Device<GpuDrm>, onChange: (size: number) => void): () => void {
  let last = -1;
  const listener = (): void => {
    using guard = dev.unbindGuard();
    if (guard === undefined) return;
    const size = guard.registrationDataWith((_parent, data) => data.vramSize);
    if (size !== last) onChange((last = size));
  };
  hotplugEvents.on('rescan', listener);
  return () => {
    hotplugEvents.off('rescan', listener);
  };
}
