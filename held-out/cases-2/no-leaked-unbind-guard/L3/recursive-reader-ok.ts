// A recursive helper only reads the BARs of the parent during the call. [class 7]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function sumBars(parent: pci.Device<device.Bound>, bar: number, last: number): number {
  if (bar > last) return 0;
  return parent.resourceLen(bar) + sumBars(parent, bar + 1, last);
}

export function mappedBytes(dev: GpuDevice): number {
  return dev.withUnbindGuard((parent) => sumBars(parent, 0, 2)) ?? 0;
}
