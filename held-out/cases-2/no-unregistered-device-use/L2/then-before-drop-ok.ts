// The registered-only calls happen in a `.then` that finishes before the drop is awaited. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export async function probeParams(reg: drm.Registration<GpuDrm>): Promise<number> {
  const dev = reg.device();
  const file = dev.openFile();
  const value = await Promise.resolve(dev.ioctl('getParam', { param: 1, value: 0 }, file)).then(
    () => dev.withUnbindGuard((parent) => parent.revision) ?? -1,
  );
  await reg.drop();
  return value;
}
