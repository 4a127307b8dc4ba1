// Ring-kick helper: hands the card's unbindGuard() result back.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export const kickCard = (card: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined => card.unbindGuard();
