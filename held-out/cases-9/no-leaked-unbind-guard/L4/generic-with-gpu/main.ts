// The driver reads the parent through another module's generic section wrapper; only numbers leave [class 7].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { withGpu } from './section.js';

export function barLengths(dev: drm.Device<GpuDrm>): number[] {
  return withGpu(dev, [], (parent) => [0, 1, 2].map((bar) => parent.resourceLen(bar)));
}
