// The same helper pushing into an array created inside the section.
import type { GpuDevice, GpuRegData } from '../../_shared/gpu-drm.js';

function collect<T>(into: T[], item: T): number {
  return into.push(item);
}

export function countRegData(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((_parent, data) => {
    const batch: GpuRegData[] = [];
    collect(batch, data);
    return batch.length + data.log.length;
  });
}
