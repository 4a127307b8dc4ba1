// A lookup table keyed by device name keeps each device's registration data object.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm, GpuRegData } from '../../../cases/_shared/gpu-drm.js';

const regDataByName = new Map<string, GpuRegData>();

export function indexDevice(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    regDataByName.set(dev.name, data); // expect: bindsafe/no-leaked-unbind-guard
  });
}

export function knownDevices(): string[] {
  return [...regDataByName.keys()];
}
