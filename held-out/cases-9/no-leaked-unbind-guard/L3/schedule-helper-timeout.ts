// A helper schedules a delayed link check that reads the parent it was handed [class 7].
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const linkChecks: boolean[] = [];

function scheduleLinkCheck(parent: pci.Device<device.Bound>, delayMs: number): void {
  setTimeout(() => linkChecks.push(parent.memoryEnabled), delayMs);
}

export function afterEnable(dev: drm.Device<GpuDrm>): void {
  dev.withUnbindGuard((parent) => {
    scheduleLinkCheck(parent, 100); // expect: bindsafe/no-leaked-unbind-guard
  });
}
