// [class 6] After the check, the parent is destructured from the guard and used in the section.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function pciIds(dev: GpuDevice): readonly [number, number] | undefined {
  using guard = dev.unbindGuard();
  if (guard == null) return undefined;
  const { parent } = guard;
  const { vendorId, deviceId } = parent;
  return [vendorId, deviceId];
}
