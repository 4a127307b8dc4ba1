// The generic vendor query casts an alias only inside the branch a type predicate narrowed. [class 8]
import type { drm } from '@bindsafe/kernel';

function isHeld<D extends drm.AnyDriver>(g: drm.UnbindGuard<D> | undefined): g is drm.UnbindGuard<D> {
  return g !== undefined;
}

export function vendorOf<D extends drm.Driver<unknown, unknown, unknown, 'pci'>>(dev: drm.Device<D>): number {
  using raw = dev.unbindGuard();
  if (isHeld(raw)) {
    const guard = raw as drm.UnbindGuard<D>;
    return guard.parent.vendorId;
  }
  return 0;
}
