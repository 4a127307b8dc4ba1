// A GPU driver opens a file, retires its DRM node through a same-file async helper and then only reads the retired device's data. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

async function retire(reg: drm.Registration<GpuDrm>, reason: string): Promise<void> {
  console.log(`retiring ${reg.device().name}: ${reason}`);
  await reg.drop();
}

export async function recycle(reg: drm.Registration<GpuDrm>): Promise<string> {
  const dev = reg.device();
  const id = dev.openFile().inner().id;
  await retire(reg, 'recycle');
  return `${dev.name}: ${dev.data.submitted} submissions, last file ${id}`;
}
