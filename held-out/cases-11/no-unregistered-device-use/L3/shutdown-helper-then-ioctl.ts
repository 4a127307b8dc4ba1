// A GPU reset path awaits a same-file shutdown() helper that drops the registration, then still issues a getParam ioctl on the device.
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

export async function resetGpu(reg: drm.Registration<GpuDrm>, file: drm.File<GpuFile>): Promise<number> {
  const dev = reg.device();
  let stage = ResetStage.Idle;
  stage = await shutdown(reg);
  const arg = { param: 1, value: 0 };
  const rc = await dev.ioctl('getParam', arg, file); // expect: bindsafe/no-unregistered-device-use
  return stage === ResetStage.Done ? -1 : rc + arg.value;
}
