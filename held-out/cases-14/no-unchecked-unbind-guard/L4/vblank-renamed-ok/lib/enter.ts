// Enter a card's critical section; undefined once it is unplugged.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../../cases/_shared/gpu-drm.js';

export function enter(card: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
  return card.unbindGuard();
}

export function assertHeld(guard: drm.UnbindGuard<GpuDrm> | undefined): asserts guard is drm.UnbindGuard<GpuDrm> {
  if (!guard) throw new TypeError('card unplugged');
}
