// The guard is taken with `?? raise(...)`, a helper that never returns.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function raise(message: string): never {
  throw new Error(message);
}

export function readRevision(dev: GpuDevice): number {
  using guard = dev.unbindGuard() ?? raise(`${dev.name}: unplugged`);
  return guard.parent.revision;
}
