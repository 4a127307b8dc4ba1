// Power-management helpers: opening a section returns the guard (or undefined).
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export const openSection = (dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined => dev.unbindGuard();
