// The same sysfs attribute keeps only copies: the vendor id and a Device<Normal> handle. [class 2]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let lastVendor = 0;
let lastHandle: pci.Device | undefined;

export function vendorAttr(dev: GpuDevice): string {
  using guard = dev.unbindGuard();
  if (guard === undefined) return 'unplugged\n';
  lastVendor = guard.parent.vendorId;
  lastHandle = guard.parent.toNormal();
  return `0x${lastVendor.toString(16).padStart(4, '0')}\n`;
}

export function lastParentName(): string {
  return lastHandle?.name ?? '(none)';
}
