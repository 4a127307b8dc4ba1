// A GPU self-test opens a file while the node is registered, unplugs it, and then only reports the node's name. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export async function unplugSelfTest(reg: drm.Registration<GpuDrm>): Promise<string> {
  const dev = reg.device();
  const file = dev.openFile();
  const id = file.inner().id;
  await reg.drop();
  return `${dev.name}: file ${id} opened before unplug, dropped=${reg.dropped}`;
}
