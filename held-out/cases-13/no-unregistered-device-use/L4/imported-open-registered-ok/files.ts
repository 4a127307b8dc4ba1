// Opens files on a registered DRM device and returns their ids.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export async function openFileId(dev: drm.Device<GpuDrm>): Promise<number> {
  await Promise.resolve();
  return dev.openFile().inner().id;
}
