// An async reset sequence holds a `using` guard across its awaits [class 5].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function softReset(dev: drm.Device<GpuDrm>): Promise<boolean> {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  const bar = dev.data.regs.access(guard.parent.asRef());
  bar.write32(1, 0x00);
  await pause(2);
  bar.write32(0, 0x00);
  await pause(1);
  return guard.parent.memoryEnabled;
}
