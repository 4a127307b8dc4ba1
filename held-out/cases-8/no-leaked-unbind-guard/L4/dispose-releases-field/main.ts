// Valid: a clock query keeps its guard in a ScopedSection declared with using, which releases it on dispose.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { ScopedSection } from './section.js';

export function clockMHz(dev: drm.Device<GpuDrm>): number {
  const guard = dev.unbindGuard();
  if (guard === undefined) return 0;
  using section = new ScopedSection(guard);
  const raw = section.readClock();
  if (raw === 0) return 0;
  return raw / 1_000;
}
