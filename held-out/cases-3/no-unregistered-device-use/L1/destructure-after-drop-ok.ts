// After the drop, the device's name and data are destructured and a handle is kept: all reads, fine.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const retired: drm.Device<GpuDrm>[] = [];

export async function retire(reg: drm.Registration<GpuDrm>): Promise<string> {
  const dev = reg.device();
  try {
    await reg.drop();
  } finally {
    retired.push(dev.toNormal());
  }
  const {
    name,
    data: { label, submitted },
  } = dev;
  return `${name} (${label}): ${submitted} jobs`;
}
