// A rest-parameter helper appends every Bar it gets to a module list of active mappings.
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const activeBars: pci.Bar[] = [];

function track(...bars: pci.Bar[]): number {
  activeBars.push(...bars);
  return activeBars.length;
}

export function trackMapping(dev: drm.Device<GpuDrm>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((_p, data) => track(data.bar)); // expect: bindsafe/no-leaked-unbind-guard
}
