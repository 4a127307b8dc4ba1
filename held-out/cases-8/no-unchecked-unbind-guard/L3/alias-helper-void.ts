// A helper returns the guard through a local alias; the caller voids the result.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function acquire(dev: GpuDevice) {
  const lease = dev.unbindGuard();
  return lease;
}

export function touch(dev: GpuDevice): string {
  void acquire(dev); // expect: bindsafe/no-unchecked-unbind-guard
  return dev.name;
}
