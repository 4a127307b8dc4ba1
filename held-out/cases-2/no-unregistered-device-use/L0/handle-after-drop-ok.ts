// After the drop: a toNormal() handle, the name and the data are still fine to read. [class 2] [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const retired: drm.Device<GpuDrm>[] = [];

export async function retire(reg: drm.Registration<GpuDrm>): Promise<string> {
  const dev = reg.device();
  const before = dev.withUnbindGuard((parent) => parent.revision) ?? -1;
  await reg.drop();
  retired.push(dev.toNormal());
  return `${dev.name} (${dev.data.label}) rev ${before}, submitted ${dev.data.submitted}`;
}
