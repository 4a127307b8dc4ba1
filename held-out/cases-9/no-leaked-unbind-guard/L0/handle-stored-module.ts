// A hotplug tracker keeps the parent's Device<Normal> handle in a module Set [class 2].
import type { device, drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const seenParents = new Set<device.Device<device.Normal>>();

export function noteParent(dev: drm.Device<GpuDrm>): void {
  dev.withUnbindGuard((parent) => {
    seenParents.add(parent.asRef().toNormal());
  });
}

export function parentCount(): number {
  return seenParents.size;
}
