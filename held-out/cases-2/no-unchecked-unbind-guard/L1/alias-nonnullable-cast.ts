// The result goes through two aliases, then a NonNullable cast on the last one. [class 6] [class 8]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function deviceId(dev: GpuDevice): number {
  const first = dev.unbindGuard();
  const maybe = first;
  using guard = maybe as NonNullable<typeof maybe>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.deviceId;
}
