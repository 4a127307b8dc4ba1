// A watchdog hands a function bound to the guard's parent to setInterval. [class 7]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function heartbeat(this: void, parent: pci.Device<device.Bound>, label: string): void {
  parent.asRef().info(`${label}: alive`);
}

export function startWatchdog(dev: GpuDevice): ReturnType<typeof setInterval> | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  return setInterval(heartbeat.bind(undefined, guard.parent, dev.name), 1000); // expect: bindsafe/no-leaked-unbind-guard
}
