// A GPU teardown helper opens a last file, unplugs the registration and returns [label, fileId]; the caller only reads the device's name after. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

async function retire(reg: drm.Registration<GpuDrm>): Promise<[label: string, fileId: number]> {
  const dev = reg.device();
  const last = dev.openFile();
  await reg.drop();
  return [dev.data.label, last.inner().id];
}

export async function retireAndReport(reg: drm.Registration<GpuDrm>): Promise<string> {
  const dev = reg.device();
  const [label, fileId] = await retire(reg);
  return `${dev.name}/${label}: last file ${fileId}, dropped=${reg.dropped}`;
}
