// The GPU reset path holds an explicit guard with using, so the section stays open across await. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function resetEngine(dev: GpuDevice): Promise<boolean> {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  guard.parent.asRef().info('reset: waiting for idle');
  await pause(5);
  guard.parent.asRef().info('reset: engine idle');
  return true;
}
