// withUnbindGuard builds a "vendor:device" string label from the parent and returns it [class 7].
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function pciLabel(dev: drm.Device<GpuDrm>): string {
  return dev.withUnbindGuard((parent) => `${parent.vendorId.toString(16)}:${parent.deviceId.toString(16)}`) ?? 'gone';
}
