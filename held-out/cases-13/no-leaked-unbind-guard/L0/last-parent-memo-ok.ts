// A GPU probe-status helper memoises a Device<Normal> handle of the parent and the vendor id (copies). [class 2]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let lastParent: pci.Device | undefined;
let lastVendorId = 0;

const orZero = <T>(f: () => T | undefined, fallback: T): T => f() ?? fallback;

export const vendorOf = (dev: GpuDevice): number =>
  orZero(() => {
    using guard = dev.unbindGuard();
    if (!guard) return undefined;
    lastParent = guard.parent.toNormal();
    lastVendorId = guard.parent.vendorId;
    return lastVendorId;
  }, 0);

export const lastName = (): string | undefined => lastParent?.name;
