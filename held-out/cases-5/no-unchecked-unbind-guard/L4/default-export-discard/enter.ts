// The helper module: a default-exported function that passes `unbindGuard()`'s result on.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export default function enterDevice(dev: drm.Device<GpuDrm>): drm.UnbindGuard<GpuDrm> | undefined {
  return dev.unbindGuard();
}
