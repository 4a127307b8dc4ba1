// An ioctl and a guard while registered, then only the name after the drop.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../_shared/gpu-drm.js';

export async function probeParam(reg: drm.Registration<GpuDrm>): Promise<string> {
  const dev = reg.device();
  const file = dev.openFile();
  const arg = { param: 0, value: 0 };
  await dev.ioctl('getParam', arg, file);
  let rev = -1;
  {
    using guard = dev.unbindGuard();
    if (guard) rev = guard.parent.revision;
  }
  await reg.drop();
  return `${dev.name} vram=${arg.value} rev=${rev}`;
}
