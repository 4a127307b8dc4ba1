// A remember() helper files the parent in a module Map keyed by device name.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const parents = new Map<string, pci.Device<device.Bound>>();

function remember(name: string, p: pci.Device<device.Bound>): void {
  parents.set(name, p);
}

export function enumerate(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  remember(dev.name, guard.parent); // expect: bindsafe/no-leaked-unbind-guard
}
