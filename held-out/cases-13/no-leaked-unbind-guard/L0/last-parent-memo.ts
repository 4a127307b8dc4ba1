// A GPU probe-status helper memoises the last bound parent it saw so later readers skip the guard. [class 2]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let lastParent: pci.Device<device.Bound> | undefined;

const orZero = <T>(f: () => T | undefined, fallback: T): T => f() ?? fallback;

export const vendorOf = (dev: GpuDevice): number =>
  orZero(() => {
    using guard = dev.unbindGuard();
    if (!guard) return undefined;
    lastParent = guard.parent; // expect: bindsafe/no-leaked-unbind-guard
    return guard.parent.vendorId;
  }, 0);

export const lastVendor = (): number | undefined => lastParent?.vendorId;
