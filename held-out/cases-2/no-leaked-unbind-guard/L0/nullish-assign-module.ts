// `??=` into a module-level cache keeps the first section's parent for every later caller. [class 8]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let firstParent: pci.Device<device.Bound> | undefined;

export function rememberFirst(dev: GpuDevice): string {
  using guard = dev.unbindGuard();
  if (guard === undefined) return 'unplugged';
  firstParent ??= guard.parent; // expect: bindsafe/no-leaked-unbind-guard
  return guard.parent.name;
}

export function firstName(): string | undefined {
  return firstParent?.name;
}
