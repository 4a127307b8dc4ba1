// The helper module: a generic pass-through of `unbindGuard()`'s result.
import type { drm } from '@bindsafe/kernel';

export function section<D extends drm.AnyDriver>(dev: drm.Device<D>): drm.UnbindGuard<D> | undefined {
  return dev.unbindGuard();
}
