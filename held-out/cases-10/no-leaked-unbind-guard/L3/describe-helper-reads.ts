// A describe() helper formats ids from the parent during the call only.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function describe(p: pci.Device<device.Bound>, prefix = 'pci'): string {
  return `${prefix}:${p.vendorId.toString(16)}:${p.deviceId.toString(16)} rev ${p.revision}`;
}

export function banner(dev: drm.Device<GpuDrm>): string {
  return dev.withUnbindGuard((parent) => describe(parent)) ?? 'unplugged';
}
