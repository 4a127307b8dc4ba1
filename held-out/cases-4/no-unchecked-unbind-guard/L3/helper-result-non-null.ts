// A small `enter` helper passes `unbindGuard()`'s result on, and the caller asserts it with `!`. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function enter(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
  return dev.unbindGuard();
}

export function engineClock(dev: GpuDevice): number {
  using guard = enter(dev)!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_parent, data) => data.bar.read32(0x0508));
}
