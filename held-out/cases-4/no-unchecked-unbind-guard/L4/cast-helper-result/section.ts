// The helper module: an arrow that passes `unbindGuard()`'s result on unchanged.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export const enterSection = (dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined => dev.unbindGuard();
