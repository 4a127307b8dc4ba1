// A deferred-work batcher acknowledges a batch of pending interrupt causes, taking the guard with an old-style angle-bracket cast that drops the unplugged case. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const enum Cause {
  Fence = 1 << 0,
  Fault = 1 << 1,
  Thermal = 1 << 2,
}

export function ackCauses(dev: GpuDevice, pending: Iterable<Cause>): number {
  let mask = 0;
  for (const cause of pending) mask |= cause;
  if (mask === 0) return 0;
  using guard = <drm.UnbindGuard<GpuDrm>>dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
  guard.registrationDataWith((_pdev, data) => data.bar.write32(mask, 0x40));
  return mask;
}
