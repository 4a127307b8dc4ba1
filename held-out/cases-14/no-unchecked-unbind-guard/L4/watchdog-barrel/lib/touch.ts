// "Touch" the card: hands unbindGuard()'s result back to the caller.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../../cases/_shared/gpu-drm.js';

export function touch(card: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
  return card.unbindGuard();
}
