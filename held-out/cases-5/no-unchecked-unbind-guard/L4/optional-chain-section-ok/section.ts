// The helper module: an arrow that passes `unbindGuard()`'s result on.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export const openSection = (dev: drm.Device<GpuDrm>): drm.UnbindGuard<GpuDrm> | undefined => dev.unbindGuard();
