// Guarded flush: runs a callback on the bound parent while the DRM device is still plugged.
import type { drm } from '@bindsafe/kernel';

export function withParent<D extends drm.AnyDriver, R>(dev: drm.Device<D>, f: (parentName: string) => R): R | undefined {
  return dev.withUnbindGuard((parent) => f(parent.name));
}
