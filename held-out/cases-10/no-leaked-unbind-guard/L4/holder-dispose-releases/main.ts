// A feature probe hands the guard to a Section declared with using, whose dispose releases it.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { Section } from './section.js';

export function hasTiling(dev: drm.Device<GpuDrm>): boolean {
  const guard = dev.unbindGuard();
  if (!guard) return false;
  using section = new Section(guard);
  return section.revision >= 4;
}
