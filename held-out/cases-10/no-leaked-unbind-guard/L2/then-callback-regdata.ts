// A late log line is appended to the registration data's log from a .then callback.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export function noteLater(dev: drm.Device<GpuDrm>, msg: string): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    void pause(5).then(() => data.log.push(msg)); // expect: bindsafe/no-leaked-unbind-guard
  });
}
