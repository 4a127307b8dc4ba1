// A GPU reset path reads getParam through an ioctl, then awaits a same-file shutdown() helper; after the drop it only reads name and data.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm, GpuFile } from '../../../cases/_shared/gpu-drm.js';

enum ResetStage {
  Idle,
  Draining,
  Done,
}

async function shutdown(reg: drm.Registration<GpuDrm>): Promise<ResetStage> {
  if (reg.dropped) return ResetStage.Done;
  await reg.drop();
  return ResetStage.Draining;
}

export async function resetGpu(reg: drm.Registration<GpuDrm>, file: drm.File<GpuFile>): Promise<string> {
  const dev = reg.device();
  const arg = { param: 1, value: 0 };
  const rc = await dev.ioctl('getParam', arg, file);
  const stage = await shutdown(reg);
  return `${dev.name}/${dev.data.label}: rc=${rc} vram=${arg.value} stage=${ResetStage[stage]} submitted=${dev.data.submitted}`;
}
