// A factory returns an `enter` closure that throws for an unplugged device; callers use it as is.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function makeEnter(dev: GpuDevice): () => drm.UnbindGuard<GpuDrm> {
  return () => {
    const guard = dev.unbindGuard();
    if (!guard) throw new Error(`${dev.name}: unplugged`);
    return guard;
  };
}

export function bar0Size(dev: GpuDevice): number {
  const enter = makeEnter(dev);
  using guard = enter();
  return guard.parent.resourceLen(0);
}
