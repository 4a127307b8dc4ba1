// Synchronous forEach/map callbacks inside the section build a local table of numbers.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function barTable(dev: GpuDevice, bars: readonly number[]): Array<[number, number]> {
  return (
    dev.withUnbindGuard((parent) => {
      const rows: Array<[number, number]> = [];
      bars.forEach((bar) => rows.push([bar, parent.resourceLen(bar)]));
      return rows.map(([bar, len]) => [bar, len >>> 10] as [number, number]);
    }) ?? []
  );
}
