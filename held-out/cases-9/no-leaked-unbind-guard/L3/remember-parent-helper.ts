// A same-file helper files the parent in a module Map keyed by device id; the caller passes guard.parent.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const parentsById = new Map<number, pci.Device<device.Bound>>();

function remember(parent: pci.Device<device.Bound>): void {
  parentsById.set(parent.deviceId, parent);
}

export function enumerate(dev: drm.Device<GpuDrm>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  remember(guard.parent); // expect: bindsafe/no-leaked-unbind-guard
  return parentsById.size;
}
