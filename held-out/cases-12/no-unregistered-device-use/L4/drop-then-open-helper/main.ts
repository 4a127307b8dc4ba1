// A GPU unplug test drops the registration and then calls a file helper from another module on the unplugged device. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { openProbeFile } from './files.js';

export async function unplugTest(reg: drm.Registration<GpuDrm>): Promise<number> {
  const dev = reg.device();
  await reg.drop();
  return openProbeFile(dev); // expect: bindsafe/no-unregistered-device-use
}
