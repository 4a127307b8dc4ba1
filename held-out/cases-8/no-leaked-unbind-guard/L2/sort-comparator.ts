// Valid: a comparator closure over the BAR sorts ring ids by their fill level during the call.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function busiestRings(dev: drm.Device<GpuDrm>, rings: number[]): number[] {
  using guard = dev.unbindGuard();
  if (guard === undefined) return [];
  return guard.registrationDataWith((_parent, data) => {
    const fill = (r: number): number => data.bar.read32(0x500 + r * 4);
    return [...rings].sort((a, b) => fill(b) - fill(a));
  });
}
