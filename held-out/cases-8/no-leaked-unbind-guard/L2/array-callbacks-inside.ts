// Valid: map/filter/reduce callbacks over the log run synchronously inside the section.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function errorScore(dev: drm.Device<GpuDrm>): number {
  using guard = dev.unbindGuard();
  if (guard === undefined) return 0;
  return guard.registrationDataWith((parent, data) =>
    data.log
      .filter((line) => line.startsWith('E'))
      .map((line) => line.length + parent.revision)
      .reduce((acc, n) => acc + n, 0),
  );
}
