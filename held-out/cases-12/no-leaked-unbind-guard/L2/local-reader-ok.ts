// The BAR-size API builds a lookup closure, calls it inside the section and returns the numbers. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function barSizes(dev: GpuDevice, count: number): number[] {
  using guard = dev.unbindGuard();
  if (!guard) return [];
  const parent = guard.parent;
  const lookup = (bar: number): number => parent.resourceLen(bar);
  return Array.from({ length: count }, (_, i) => lookup(i));
}
