// A GPU teardown drops its registration and then flushes one more job through the imported default ring. [class 5, class 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import ring from './ring.js';

export async function drain(reg: drm.Registration<GpuDrm>): Promise<number> {
  const dev = reg.device();
  const file = dev.openFile();
  const first = await ring.submit(dev, file, 0);
  await reg.drop();
  const last = await ring.submit(dev, file, 0); // expect: bindsafe/no-unregistered-device-use
  return Math.max(first, last);
}
