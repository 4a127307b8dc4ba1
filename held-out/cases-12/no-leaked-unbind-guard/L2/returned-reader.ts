// A BAR-size API returns a lookup closure over the guard's parent instead of the sizes. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export type BarSizeLookup = (bar: number) => number;

export function openBarSizes(dev: GpuDevice): BarSizeLookup | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  const parent = guard.parent;
  return (bar) => parent.resourceLen(bar); // expect: bindsafe/no-leaked-unbind-guard
}
