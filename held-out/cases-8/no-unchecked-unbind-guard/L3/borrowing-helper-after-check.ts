// A helper takes an already-checked guard as its parameter and only reads through it.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function describe(guard: drm.UnbindGuard<GpuDrm>): string {
  const { vendorId, deviceId } = guard.parent;
  return `${vendorId.toString(16)}:${deviceId.toString(16)}`;
}

export function identify(dev: GpuDevice): string {
  using guard = dev.unbindGuard();
  return guard === undefined ? `${dev.name} (unplugged)` : describe(guard);
}
