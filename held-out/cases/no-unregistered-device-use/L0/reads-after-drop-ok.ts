// Reading name and data, and taking a handle, after the drop are fine.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../_shared/gpu-drm.js';

export const retired: drm.Device<GpuDrm>[] = [];

export async function retire(reg: drm.Registration<GpuDrm>): Promise<string> {
  const dev = reg.device();
  const file = dev.openFile();
  await reg.drop();
  retired.push(dev.toNormal());
  return `${dev.name}: ${dev.data.label} submitted ${dev.data.submitted}, file ${file.inner().id}`;
}
