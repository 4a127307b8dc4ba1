// A type-predicate helper narrows the guard; a `!` after that check is fine.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function isHeld(guard: drm.UnbindGuard<GpuDrm> | undefined): guard is drm.UnbindGuard<GpuDrm> {
  return guard !== undefined;
}

export function encoderMask(dev: GpuDevice): number {
  const maybe = dev.unbindGuard();
  if (!isHeld(maybe)) return 0;
  using guard = maybe!;
  return guard.parent.deviceId & 0x0f;
}
