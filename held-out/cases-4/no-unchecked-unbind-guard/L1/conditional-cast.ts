// A conditional between two devices' `unbindGuard()` results is cast to `UnbindGuard` as if neither could be unplugged. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export interface Pair {
  readonly primary: GpuDevice;
  readonly secondary: GpuDevice;
}

export function activeVendor({ primary, secondary }: Pair, useSecondary = false): number {
  using guard = (useSecondary ? secondary.unbindGuard() : primary.unbindGuard()) as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.vendorId;
}
