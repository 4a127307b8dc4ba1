// A fan-curve timer asserts the guard inside its setInterval callback, which keeps firing during hot-unplug. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const FAN = 0x0e00;
const TEMP = 0x0e04;
const timers = new Map<string, ReturnType<typeof setInterval>>();

export function startFanCurve(dev: GpuDevice, everyMs = 500): void {
  if (timers.has(dev.name)) return;
  const timer = setInterval(() => {
    using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
    guard.registrationDataWith((_parent, data) => {
      const temp = data.bar.read32(TEMP);
      data.bar.write32(temp > 80 ? 255 : temp > 60 ? 160 : 80, FAN);
    });
  }, everyMs);
  timers.set(dev.name, timer);
}

export function stopFanCurve(dev: GpuDevice): void {
  clearInterval(timers.get(dev.name));
  timers.delete(dev.name);
}
