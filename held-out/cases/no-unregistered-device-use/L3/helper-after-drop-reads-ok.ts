// A helper reads name and data of a device after its registration was dropped.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../_shared/gpu-drm.js';

function epitaph(dev: GpuDevice): string {
  return `${dev.name} (${dev.data.label}) submitted ${dev.data.submitted}`;
}

export async function retire(reg: drm.Registration<GpuDrm>): Promise<string> {
  const dev = reg.device();
  await reg.drop();
  return epitaph(dev.toNormal());
}
