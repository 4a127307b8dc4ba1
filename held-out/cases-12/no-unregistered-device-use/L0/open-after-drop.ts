// A GPU self-test unplugs its DRM node and then opens a file on it to check that userspace is gone. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export async function unplugSelfTest(reg: drm.Registration<GpuDrm>): Promise<boolean> {
  const dev = reg.device();
  await reg.drop();
  try {
    const file = dev.openFile(); // expect: bindsafe/no-unregistered-device-use
    return file.inner().id < 0;
  } catch {
    return true;
  }
}
