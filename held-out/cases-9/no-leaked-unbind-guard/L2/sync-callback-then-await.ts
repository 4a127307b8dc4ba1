// A sync withUnbindGuard callback reads the vendor before the async function awaits anything [class 5].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function vendorAfterSettle(dev: drm.Device<GpuDrm>): Promise<number> {
  const vendor = dev.withUnbindGuard((parent) => parent.vendorId);
  await pause(5);
  return vendor ?? 0;
}
