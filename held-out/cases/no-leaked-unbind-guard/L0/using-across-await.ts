// A guard held with using keeps the section open across await: not a problem.
import type { GpuDevice } from '../../_shared/gpu-drm.js';
import { pause } from '../../_shared/timing.js';

export async function slowReset(dev: GpuDevice): Promise<boolean> {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  guard.registrationDataWith((_parent, data) => data.bar.write32(1, 0x10));
  await pause(10);
  guard.registrationDataWith((_parent, data) => data.bar.write32(0, 0x10));
  guard.parent.asRef().info('reset done');
  return true;
}
