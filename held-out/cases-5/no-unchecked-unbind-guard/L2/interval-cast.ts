// A watchdog `setInterval` casts each tick's guard to `UnbindGuard`, dropping the unplugged case it will meet after hot-unplug. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const WATCHDOG_KICK = 0x7c;

export function startWatchdog(dev: drm.Device<GpuDrm>, periodMs = 500): NodeJS.Timeout {
  return setInterval(() => {
    using guard = dev.unbindGuard() as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
    guard.registrationDataWith((_parent, data) => data.bar.write32(1, WATCHDOG_KICK));
  }, periodMs);
}
