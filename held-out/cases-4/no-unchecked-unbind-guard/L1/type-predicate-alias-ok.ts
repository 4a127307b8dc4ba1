// An alias is narrowed by a type-predicate function before it becomes a `using` guard; destructuring happens after the check.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

type Guard = drm.UnbindGuard<GpuDrm>;

function isHeld(g: Guard | undefined): g is Guard {
  return g !== undefined;
}

export function pciIds(dev: GpuDevice): [number, number] | undefined {
  const maybe = dev.unbindGuard();
  if (!isHeld(maybe)) return undefined;
  using guard = maybe;
  const { vendorId, deviceId } = guard.parent;
  return [vendorId, deviceId];
}
