// A registry helper files a PCI device under its slot name; the caller files the guarded data.pdev.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const bySlot = new Map<string, pci.Device<device.Bound>>();

function fileUnder(slot: string, pdev: pci.Device<device.Bound>): boolean {
  const fresh = !bySlot.has(slot);
  bySlot.set(slot, pdev);
  return fresh;
}

export function publishSlot(dev: drm.Device<GpuDrm>, slot: string): boolean {
  using guard = dev.unbindGuard();
  if (guard === undefined) return false;
  return guard.registrationDataWith((_parent, data) => fileUnder(slot, data.pdev)); // expect: bindsafe/no-leaked-unbind-guard
}
