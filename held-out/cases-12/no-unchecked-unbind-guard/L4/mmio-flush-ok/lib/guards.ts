// Guard helpers shared by the GPU modules, with a type predicate for a held guard.
import type { drm } from '@bindsafe/kernel';

export function acquireGuard<D extends drm.AnyDriver>(dev: drm.Device<D>): drm.UnbindGuard<D> | undefined {
  return dev.unbindGuard();
}

export function isHeld<D extends drm.AnyDriver>(guard: drm.UnbindGuard<D> | undefined): guard is drm.UnbindGuard<D> {
  return guard !== undefined;
}
