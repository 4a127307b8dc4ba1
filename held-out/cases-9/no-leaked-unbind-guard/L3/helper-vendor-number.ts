// A helper reads the vendor id; the caller stores only that number on the instance.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function vendorOf(parent: pci.Device<device.Bound>): number {
  return parent.vendorId;
}

export class VendorCache {
  vendor = 0;

  load(dev: drm.Device<GpuDrm>): void {
    using guard = dev.unbindGuard();
    if (!guard) return;
    this.vendor = vendorOf(guard.parent);
  }
}
