// The generic collector pushes into a list the section creates and drops; only a sum leaves. [class 6]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function collect<T>(into: T[], item: T): number {
  return into.push(item);
}

export function doorbellSizes(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((_parent, data) => {
    const bars: pci.Bar[] = [];
    collect(bars, data.bar);
    return bars.reduce((sum, bar) => sum + bar.size, 0);
  });
}
