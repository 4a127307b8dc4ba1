// Returning the bound parent out of the function that holds the section.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function boundParentOf(dev: GpuDevice): pci.Device<device.Bound> | undefined {
  using guard = dev.unbindGuard();
  if (guard === undefined) return undefined;
  return guard.parent; // expect: bindsafe/no-leaked-unbind-guard
}
