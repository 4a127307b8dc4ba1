// A wrapper class's method passes unbindGuard()'s result on; its caller asserts it.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

class GpuHandle {
  constructor(private readonly dev: GpuDevice) {}
  enter(): drm.UnbindGuard<GpuDrm> | undefined {
    return this.dev.unbindGuard();
  }
}

export function busy(dev: GpuDevice): boolean {
  const handle = new GpuHandle(dev);
  using guard = handle.enter()!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.busMaster;
}
