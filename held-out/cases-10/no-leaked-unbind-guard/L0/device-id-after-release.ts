// A probe-id helper releases the guard, then reads the device id from the parent.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function readIds(dev: drm.Device<GpuDrm>): [number, number] | undefined {
  const guard = dev.unbindGuard();
  if (!guard) return undefined;
  const vendor = guard.parent.vendorId;
  guard.release();
  const device = guard.parent.deviceId; // expect: bindsafe/no-leaked-unbind-guard
  return [vendor, device];
}
