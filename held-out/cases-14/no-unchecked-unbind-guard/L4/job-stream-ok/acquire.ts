// The default export of the section module: the card's guard, or undefined once it is unplugged.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export default function acquire(card: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
  return card.unbindGuard();
}
