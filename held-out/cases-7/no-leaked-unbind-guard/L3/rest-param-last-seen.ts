// [class 8] A rest-parameter helper keeps the first device it is given in a module variable.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let lastSeen: pci.Device<device.Bound> | undefined;

function noteDevices(...devices: pci.Device<device.Bound>[]): number {
  if (devices.length > 0) lastSeen = devices[0];
  return devices.length;
}

export function pingParent(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return noteDevices(guard.parent); // expect: bindsafe/no-leaked-unbind-guard
}

export function lastSeenName(): string | undefined {
  return lastSeen?.name;
}
