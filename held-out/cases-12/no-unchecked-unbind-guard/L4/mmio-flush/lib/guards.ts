// Guard helpers shared by the GPU modules.
import type { drm } from '@bindsafe/kernel';

export function acquireGuard<D extends drm.AnyDriver>(dev: drm.Device<D>): drm.UnbindGuard<D> | undefined {
  return dev.unbindGuard();
}
