// A GPU unplug test opens a file through a helper from another module while registered, then drops the registration. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { openProbeFile } from './files.js';

export async function unplugTest(reg: drm.Registration<GpuDrm>): Promise<number> {
  const dev = reg.device();
  const id = openProbeFile(dev);
  await reg.drop();
  return id;
}
