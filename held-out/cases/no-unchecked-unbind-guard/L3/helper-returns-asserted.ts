// A helper passes unbindGuard()'s result on; the caller asserts it.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../_shared/gpu-drm.js';

function enter(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
  return dev.unbindGuard();
}

export function fenceCount(dev: GpuDevice): number {
  using guard = enter(dev)!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_p, data) => data.counters['fences'] ?? 0);
}
