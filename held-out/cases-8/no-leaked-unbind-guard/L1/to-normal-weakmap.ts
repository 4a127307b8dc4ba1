// Valid: a Device<Normal> handle from the parent's toNormal() is stored in a module WeakMap.
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const parents = new WeakMap<object, pci.Device>();

export function rememberParent(dev: drm.Device<GpuDrm>): void {
  const handle = dev.toNormal();
  using guard = dev.unbindGuard();
  const normal = guard?.parent.toNormal();
  if (normal !== undefined) parents.set(handle, normal);
}
