// A perf-counter reader asserts a `withUnbindGuard` result (a plain array, not a guard) from a helper. [class 2, 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const readUnder = (dev: GpuDevice, names: readonly string[]) =>
  dev.withUnbindGuard((parent) => names.map((n) => (n === 'rev' ? parent.revision : 0)));

export function readCounters(dev: GpuDevice, names: readonly string[]): number[] {
  const values = readUnder(dev, names)!;
  return values;
}
