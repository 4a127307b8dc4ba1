// A static helper returns the guard; one caller discards it. [class 4] [class 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

class Gate {
  static open(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
    return dev.unbindGuard();
  }
}

export function ping(dev: GpuDevice): boolean {
  using guard = Gate.open(dev);
  return guard !== undefined;
}

export function wake(dev: GpuDevice): void {
  Gate.open(dev); // expect: bindsafe/no-unchecked-unbind-guard
}
