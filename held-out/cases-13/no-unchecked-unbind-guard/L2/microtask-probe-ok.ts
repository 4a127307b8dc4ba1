// The deferred hot-plug acknowledgement tests liveness with an optional release of the guard. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export function ackHotplug(dev: GpuDevice, seq: number): void {
  queueMicrotask(() => {
    const alive = dev.unbindGuard();
    const plugged = alive !== undefined;
    alive?.release();
    hotplugEvents.emit('ack', { name: dev.name, seq, plugged });
  });
}
