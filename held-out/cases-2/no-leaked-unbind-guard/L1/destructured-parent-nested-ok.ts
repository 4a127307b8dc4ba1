// Nested destructuring with defaults out of the guard, used only inside the using block. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function linkInfo(dev: GpuDevice, fallback = 0): number {
  using guard = dev.unbindGuard();
  if (!guard) return fallback;
  const {
    parent: { vendorId = fallback, deviceId },
  } = guard;
  const [head = 0, ...rest] = [vendorId, deviceId];
  return rest.reduce((acc, x) => acc ^ x, head);
}
