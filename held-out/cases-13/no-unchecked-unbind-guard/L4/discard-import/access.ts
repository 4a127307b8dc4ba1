// Access bracketing for the debugfs "poke" files: begin() opens a section and hands it back.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function beginAccess(dev: GpuDevice, why: string): drm.UnbindGuard<GpuDrm> | undefined {
  console.debug(`${dev.name}: begin access (${why})`);
  return dev.unbindGuard();
}
