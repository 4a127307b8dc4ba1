// A revision getter is built inside withUnbindGuard and returned for later calls.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function revisionReader(dev: drm.Device<GpuDrm>): (() => number) | undefined {
  return dev.withUnbindGuard((parent) => {
    return () => parent.revision; // expect: bindsafe/no-leaked-unbind-guard
  });
}
