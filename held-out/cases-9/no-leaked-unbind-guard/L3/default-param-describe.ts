// A helper with a default prefix formats the parent as a string; the caller logs it in a module array.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const bootLog: string[] = [];

function describe(parent: pci.Device<device.Bound>, prefix = 'gpu'): string {
  return `${prefix} ${parent.vendorId.toString(16)}:${parent.deviceId.toString(16)} rev ${parent.revision}`;
}

export function logBoot(dev: drm.Device<GpuDrm>): void {
  const line = dev.withUnbindGuard((parent) => describe(parent));
  if (line !== undefined) bootLog.push(line);
}
