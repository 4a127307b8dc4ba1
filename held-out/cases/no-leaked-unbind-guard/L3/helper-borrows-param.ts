// A same-file helper that only reads its parameter during the call.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

function describe(pdev: pci.Device<device.Bound>, prefix = 'gpu'): string {
  return `${prefix} ${pdev.name} ${pdev.vendorId.toString(16)}:${pdev.deviceId.toString(16)}`;
}

export const descriptions: string[] = [];

export function describeAll(devices: readonly GpuDevice[]): void {
  for (const dev of devices) {
    dev.withUnbindGuard((parent) => descriptions.push(describe(parent)));
  }
}
