// The result kept in a local, then asserted.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function queueDepth(dev: GpuDevice): number {
  const maybe = dev.unbindGuard();
  using guard = maybe!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_p, data) => data.log.length);
}
