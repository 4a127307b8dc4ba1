// Section helpers of a display driver: open a critical section on a head.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function openHeadSection(head: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
  return head.unbindGuard();
}
