// A `.then` after Promise.race with a timeout runs after the `using` block has closed the section.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export function flushLater(dev: GpuDevice, work: Promise<void>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const timeout = pause(50).then(() => Promise.reject(new Error('flush timed out')));
  Promise.race([work, timeout]).then(() => guard.parent.asRef().info('flushed'), () => undefined); // expect: bindsafe/no-leaked-unbind-guard
}
