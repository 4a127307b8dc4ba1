// A flush path takes a guard only to learn whether the device is plugged and releases it at once.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function flushSubmissions(dev: GpuDevice, pending: readonly number[]): number {
  if (pending.length === 0) return 0;
  const probe = dev.unbindGuard();
  if (probe === undefined) return -1;
  probe.release();
  dev.data.submitted += pending.length;
  return pending.length;
}
