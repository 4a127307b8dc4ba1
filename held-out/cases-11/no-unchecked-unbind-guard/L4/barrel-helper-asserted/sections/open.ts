// A helper module: enters the device's critical section.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../../cases/_shared/gpu-drm.js';

export const openSection = (dev: drm.Device<GpuDrm>): drm.UnbindGuard<GpuDrm> | undefined => dev.unbindGuard();
