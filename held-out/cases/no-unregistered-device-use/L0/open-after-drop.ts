// A self-test opens a file after the registration was dropped.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../_shared/gpu-drm.js';

export async function selfTest(reg: drm.Registration<GpuDrm>): Promise<void> {
  const dev = reg.device();
  dev.openFile();
  await reg.drop();
  dev.openFile(); // expect: bindsafe/no-unregistered-device-use
}
