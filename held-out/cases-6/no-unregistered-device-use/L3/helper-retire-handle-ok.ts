// A media driver awaits a same-file helper that drops the registration, then only reads the device name. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

async function retire(reg: drm.Registration<GpuDrm>): Promise<GpuDevice> {
  await reg.drop();
  return reg.device().toNormal();
}

export async function shutdown(regs: readonly drm.Registration<GpuDrm>[]): Promise<string[]> {
  const handles = await Promise.all(regs.map((r) => retire(r)));
  return handles.map((h) => h.name);
}
