// withUnbindGuard returns a tuple whose first element is the parent itself.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function idPair(dev: drm.Device<GpuDrm>): readonly [pci.Device<device.Bound>, number] | undefined {
  return dev.withUnbindGuard((parent) => {
    return [parent, parent.revision] as const; // expect: bindsafe/no-leaked-unbind-guard
  });
}
