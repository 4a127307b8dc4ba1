// A hot-reset handler subscribes to the shared hotplug bus with a listener that reads the guard's parent. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

const isSlot =
  (want: number) =>
  (slot: number): boolean =>
    slot === want;

export function watchSlot(dev: GpuDevice, slot: number): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const mine = isSlot(slot);
  hotplugEvents.on('reset', (s: number) => mine(s) && guard.parent.asRef().info('hot reset')); // expect: bindsafe/no-leaked-unbind-guard
}
