// A sysfs-style attribute keeps the bound parent in a module variable for a later "fast path".
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

let cachedParent: pci.Device<device.Bound> | undefined;

export function revisionAttr(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return -1;
  cachedParent = guard.parent; // expect: bindsafe/no-leaked-unbind-guard
  return guard.parent.revision;
}

export function cachedRevision(): number | undefined {
  return cachedParent?.revision;
}
