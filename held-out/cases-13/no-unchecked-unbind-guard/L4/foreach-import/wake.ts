// Wake helpers: wake() opens a section on a card and returns it.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export const wake = (card: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined => card.unbindGuard();
