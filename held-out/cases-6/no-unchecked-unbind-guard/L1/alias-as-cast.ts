// [class 8] A GPU driver's fence check takes the guard into an alias, then casts `undefined` away with `as`.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function fenceSignalled(dev: GpuDevice, seqno: number): boolean {
  const attempt = dev.unbindGuard();
  using guard = attempt as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_parent, data) => (data.counters.fence ?? 0) >= seqno);
}
