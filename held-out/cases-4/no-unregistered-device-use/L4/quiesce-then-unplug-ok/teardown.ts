// Teardown helper: one last query while registered, then the drop, then only handle reads.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export async function quiesceAndUnplug(reg: drm.Registration<GpuDrm>): Promise<{ readonly label: string; readonly handle: GpuDevice }> {
  const dev = reg.device();
  const file = dev.openFile();
  const arg = { param: 0, value: 0 };
  await dev.ioctl('getParam', arg, file);
  await reg.drop();
  return { label: `${dev.name}/${dev.data.label} vram=${arg.value}`, handle: dev.toNormal() };
}
