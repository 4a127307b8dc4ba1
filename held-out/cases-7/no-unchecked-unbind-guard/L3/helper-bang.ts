// A same-file helper returns unbindGuard()'s result; the caller asserts it with !.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function enter(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
  return dev.unbindGuard();
}

export function gammaSize(dev: GpuDevice): number {
  using guard = enter(dev)!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.resourceLen(1) >> 8;
}
