// A first-seen cache fills a module variable with ??= from the withUnbindGuard callback.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

let firstSeen: pci.Device<device.Bound> | undefined;

export function touch(dev: drm.Device<GpuDrm>): number {
  return (
    dev.withUnbindGuard((p) => {
      firstSeen ??= p; // expect: bindsafe/no-leaked-unbind-guard
      return p.vendorId;
    }) ?? 0
  );
}
