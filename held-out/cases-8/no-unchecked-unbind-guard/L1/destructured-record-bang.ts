// [class 6] The guard is put in a record with a timestamp, destructured, then asserted with !.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function timedDeviceId(dev: GpuDevice): { id: number; tookMs: number } {
  const { lease, at } = { lease: dev.unbindGuard(), at: Date.now() };
  using guard = lease!; // expect: bindsafe/no-unchecked-unbind-guard
  return { id: guard.parent.deviceId, tookMs: Date.now() - at };
}
