// A hotplug registry stores the Device<Normal> handle another module made from guard.parent [class 2].
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { toHandle } from './handles.js';

export const handles = new WeakMap<object, pci.Device<device.Normal>>();

export function registerHandle(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  handles.set(dev, toHandle(guard.parent));
}
