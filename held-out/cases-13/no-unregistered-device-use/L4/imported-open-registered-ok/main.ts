// A GPU warm-up opens two files concurrently on the registered device through an imported async helper, then unplugs. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { openFileId } from './files.js';

export async function warmThenUnplug(reg: drm.Registration<GpuDrm>): Promise<readonly number[]> {
  const dev = reg.device();
  const ids = await Promise.all([openFileId(dev), openFileId(dev)]);
  await reg.drop();
  return ids;
}
