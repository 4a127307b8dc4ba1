// [class 2] A helper returns number | undefined after its own checked guard; the caller's ! is on a number.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function revisionOf(dev: GpuDevice): number | undefined {
  using guard = dev.unbindGuard();
  return guard?.parent.revision;
}

export function knownRevision(dev: GpuDevice, cached: Map<string, number>): number {
  if (!cached.has(dev.name)) cached.set(dev.name, revisionOf(dev) ?? 0);
  return cached.get(dev.name)!;
}
