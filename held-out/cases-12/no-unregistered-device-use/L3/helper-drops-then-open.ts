// A GPU driver retires its DRM node through a same-file async helper and then opens a file on the retired device. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

async function retire(reg: drm.Registration<GpuDrm>, reason: string): Promise<void> {
  console.log(`retiring ${reg.device().name}: ${reason}`);
  await reg.drop();
}

export async function recycle(reg: drm.Registration<GpuDrm>): Promise<number> {
  const dev = reg.device();
  await retire(reg, 'recycle');
  const file = dev.openFile(); // expect: bindsafe/no-unregistered-device-use
  return file.inner().id;
}
