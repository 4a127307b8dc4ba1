// The debug "poke" command drops the boolean of a helper that keeps its section inside withUnbindGuard.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function refreshCounters(dev: GpuDevice): boolean {
  return dev.withUnbindGuard((parent) => parent.revision > 0) ?? false;
}

export function poke(dev: GpuDevice, value: number): number {
  refreshCounters(dev);
  dev.data.submitted = value;
  return value;
}
