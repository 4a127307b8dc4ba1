// A delayed message captures only the numeric vendor id read in the section [class 7].
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function announce(dev: drm.Device<GpuDrm>, print: (line: string) => void): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const vendor = guard.parent.vendorId;
  setTimeout(() => print(`vendor ${vendor.toString(16)} online`), 100);
}
