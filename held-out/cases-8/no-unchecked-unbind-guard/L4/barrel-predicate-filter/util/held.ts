// Type predicate for a held guard.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../../cases/_shared/gpu-drm.js';

export const isHeld = (guard: drm.UnbindGuard<GpuDrm> | undefined): guard is drm.UnbindGuard<GpuDrm> => guard !== undefined;
