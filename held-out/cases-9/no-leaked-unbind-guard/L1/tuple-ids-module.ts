// Vendor/device ids destructured from a tuple are pushed into a module id list (numbers only).
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const idLog: Array<readonly [number, number]> = [];

export function logIds(dev: drm.Device<GpuDrm>): void {
  dev.withUnbindGuard((parent) => {
    const [vendor, device] = [parent.vendorId, parent.deviceId] as const;
    idLog.push([vendor, device]);
  });
}
