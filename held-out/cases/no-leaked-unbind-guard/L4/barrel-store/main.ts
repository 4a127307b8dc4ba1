// The registration data reaches a storing helper through a barrel re-export.
import type { GpuDevice } from '../../../_shared/gpu-drm.js';
import { cacheRegData, type GpuRegData } from './index.js';

export function warmCache(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data: GpuRegData) => {
    cacheRegData(dev.name, data); // expect: bindsafe/no-leaked-unbind-guard
  });
}
