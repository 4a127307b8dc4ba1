// A deferred hot-plug acknowledgement queued as a microtask opens a section and drops it. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export function ackHotplug(dev: GpuDevice, seq: number): void {
  queueMicrotask(() => {
    dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
    hotplugEvents.emit('ack', { name: dev.name, seq });
  });
}
