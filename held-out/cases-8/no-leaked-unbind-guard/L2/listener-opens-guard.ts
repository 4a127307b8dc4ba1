// Valid: a listener captures only the drm.Device handle and opens its own section on each event.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export function followResume(dev: drm.Device<GpuDrm>): () => void {
  const onResume = (): void => {
    using guard = dev.unbindGuard();
    if (guard === undefined) return;
    guard.registrationDataWith((_p, data) => data.bar.write32(0, 0x0c));
  };
  hotplugEvents.on('resume', onResume);
  return () => hotplugEvents.off('resume', onResume);
}
