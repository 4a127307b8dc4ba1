// Counter refresh for the debugfs files: the section lives and dies inside withUnbindGuard.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';

export function refreshCounters(dev: GpuDevice): boolean {
  return dev.withUnbindGuard((parent) => parent.revision > 0) ?? false;
}
