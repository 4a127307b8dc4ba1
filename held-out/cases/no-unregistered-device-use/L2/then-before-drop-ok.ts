// A promise chain opens a file first, and only reads after the drop.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../_shared/gpu-drm.js';

export function cycle(reg: drm.Registration<GpuDrm>): Promise<string> {
  const dev = reg.device();
  return Promise.resolve()
    .then(() => dev.openFile().inner().id)
    .then(async (id) => {
      await reg.drop();
      return `${dev.name} file ${id}`;
    });
}
