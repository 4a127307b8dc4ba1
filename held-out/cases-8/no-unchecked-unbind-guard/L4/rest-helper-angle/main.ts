// [class 8] An angle-bracket assertion on an imported rest-parameter helper's guard.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { firstSection } from './pool.js';

export function poolVendor(pool: readonly GpuDevice[]): number {
  using guard = <drm.UnbindGuard<GpuDrm>>firstSection(...pool); // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.vendorId;
}
