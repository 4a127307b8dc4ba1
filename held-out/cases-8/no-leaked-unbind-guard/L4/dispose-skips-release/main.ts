// A vendor query keeps its guard in a Section declared with using, whose dispose does not release it.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { Section } from './section.js';

export function vendorOf(dev: drm.Device<GpuDrm>): number {
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (guard === undefined) return 0;
  using section = new Section(guard, 'vendor');
  return section.vendor;
}
