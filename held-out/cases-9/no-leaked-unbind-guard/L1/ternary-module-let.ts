// A debug hook keeps the parent in a module `let`, chosen by a ternary on a config flag.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export interface DebugConfig {
  readonly keepParent?: boolean;
}

let lastParent: pci.Device<device.Bound> | undefined;

export function debugHook(dev: drm.Device<GpuDrm>, config: DebugConfig = {}): void {
  dev.withUnbindGuard((parent) => {
    const kept = config.keepParent ? parent : undefined;
    lastParent = kept; // expect: bindsafe/no-leaked-unbind-guard
  });
}

export function lastVendor(): number | undefined {
  return lastParent?.vendorId;
}
