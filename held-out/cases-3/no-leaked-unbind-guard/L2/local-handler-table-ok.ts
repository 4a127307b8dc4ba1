// A table of closures over the parent is built and called inside the section, never kept.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function query(dev: GpuDevice, what: string): number {
  return (
    dev.withUnbindGuard((parent) => {
      const table: Record<string, () => number> = {
        bar0: () => parent.resourceLen(0),
        revision: () => parent.revision,
        vendor: () => parent.vendorId,
      };
      return table[what]?.() ?? -1;
    }) ?? -1
  );
}
