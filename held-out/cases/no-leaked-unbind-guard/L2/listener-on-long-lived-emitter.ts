// A listener on a module-level emitter captures the guard.
import type { GpuDevice } from '../../_shared/gpu-drm.js';
import { hotplugEvents } from '../../_shared/timing.js';

export function followHotplug(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  hotplugEvents.on('reset', () => guard.parent.asRef().info('reset seen')); // expect: bindsafe/no-leaked-unbind-guard
}
