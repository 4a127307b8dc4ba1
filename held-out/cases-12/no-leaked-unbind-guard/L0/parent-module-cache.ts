// A GPU's sysfs "vendor" attribute remembers the last bound parent it saw in a module variable.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let lastParent: pci.Device<device.Bound> | undefined;

export function vendorAttr(dev: GpuDevice): string {
  using guard = dev.unbindGuard();
  if (guard === undefined) return 'unplugged\n';
  lastParent = guard.parent; // expect: bindsafe/no-leaked-unbind-guard
  return `0x${guard.parent.vendorId.toString(16).padStart(4, '0')}\n`;
}

export function lastParentName(): string {
  return lastParent?.name ?? '(none)';
}
