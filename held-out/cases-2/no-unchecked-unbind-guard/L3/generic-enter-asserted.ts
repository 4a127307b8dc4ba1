// A generic helper passes unbindGuard()'s result on; the caller asserts it. [class 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function enter<D extends drm.AnyDriver>(dev: drm.Device<D>): drm.UnbindGuard<D> | undefined {
  return dev.unbindGuard();
}

export function revision(dev: GpuDevice): number {
  using guard = enter(dev)!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.revision;
}
