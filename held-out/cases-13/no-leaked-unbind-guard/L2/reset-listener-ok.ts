// A hot-reset handler subscribes to the shared hotplug bus with a listener that takes its own guard on the DRM handle. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

const isSlot =
  (want: number) =>
  (slot: number): boolean =>
    slot === want;

export function watchSlot(dev: GpuDevice, slot: number): void {
  const mine = isSlot(slot);
  hotplugEvents.on('reset', (s: number) => {
    if (!mine(s)) return;
    using guard = dev.unbindGuard();
    guard?.parent.asRef().info('hot reset');
  });
}
