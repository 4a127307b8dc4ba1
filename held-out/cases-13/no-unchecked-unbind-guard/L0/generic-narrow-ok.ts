// The generic PCI helper casts keeping `| undefined`, narrows with typeof, and only then casts to the guard. [class 8]
import type { drm } from '@bindsafe/kernel';

export function pciRevision<D extends drm.Driver<unknown, unknown, unknown, 'pci'>>(dev: drm.Device<D>): number | undefined {
  using maybe = dev.unbindGuard() as drm.UnbindGuard<D> | undefined;
  if (typeof maybe === 'undefined') return undefined;
  const guard = maybe as drm.UnbindGuard<D>;
  return guard.parent.revision;
}
