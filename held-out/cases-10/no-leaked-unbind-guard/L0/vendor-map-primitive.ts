// A module-level Map keeps only the numeric vendor id read inside the section [class 7].
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const vendorBySlot = new Map<string, number>();

export function recordVendor(dev: drm.Device<GpuDrm>, slot: string): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  vendorBySlot.set(slot, guard.parent.vendorId);
}
