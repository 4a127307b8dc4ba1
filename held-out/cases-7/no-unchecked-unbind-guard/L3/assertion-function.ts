// An assertion function (`asserts g is …`) narrows the guard before it is used.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function assertLive(guard: drm.UnbindGuard<GpuDrm> | undefined, name: string): asserts guard is drm.UnbindGuard<GpuDrm> {
  if (guard === undefined) throw new Error(`${name}: device unplugged`);
}

export function planeCount(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  assertLive(guard, dev.name);
  return guard.parent.resourceLen(3) > 0 ? 2 : 1;
}
