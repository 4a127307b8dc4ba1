// File helpers of the GPU driver: open a file and read its id.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';

export function openProbeFile(dev: GpuDevice): number {
  const file = dev.openFile();
  file.inner().notes.push('probe');
  return file.inner().id;
}
