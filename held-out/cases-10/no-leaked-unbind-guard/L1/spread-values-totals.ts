// A rolling totals list takes the numeric counter values, spread into push [class 7].
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const totals: number[] = [];

export function sample(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    totals.push(...Object.values(data.counters));
  });
}
