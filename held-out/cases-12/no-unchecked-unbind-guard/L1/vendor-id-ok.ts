// A vendor/device id query destructures the parent out of the guard once it is checked. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function pciIds(dev: GpuDevice): readonly [number, number] | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  const { parent } = guard;
  return [parent.vendorId, parent.deviceId] as const;
}
