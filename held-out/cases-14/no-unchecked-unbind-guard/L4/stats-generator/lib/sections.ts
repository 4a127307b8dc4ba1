// Section helpers shared by the stats code: pass the guard on to the caller.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../../cases/_shared/gpu-drm.js';

export function enter(card: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
  return card.unbindGuard();
}
