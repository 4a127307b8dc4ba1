// A microtask queued after the drop opens a file on the unplugged device. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export async function recycle(reg: drm.Registration<GpuDrm>): Promise<void> {
  const dev = reg.device();
  await reg.drop();
  queueMicrotask(() => {
    dev.openFile(); // expect: bindsafe/no-unregistered-device-use
  });
}
