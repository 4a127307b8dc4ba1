// A thermal listener on the shared hotplug bus captures the registration data's BAR.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export function watchThermal(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (guard === undefined) return;
  guard.registrationDataWith((_parent, data) => {
    hotplugEvents.on('thermal', (limit: number) => data.bar.write32(limit, 0x80)); // expect: bindsafe/no-leaked-unbind-guard
  });
}
