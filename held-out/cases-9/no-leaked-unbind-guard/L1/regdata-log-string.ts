// A status line built from the parent (a string) is appended to the registration data's log [class 2].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function appendStatus(dev: drm.Device<GpuDrm>, note?: string): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((parent, data) => {
    const line = String(parent.revision) + (note ? `: ${note}` : '');
    data.log.push(line);
  });
}
