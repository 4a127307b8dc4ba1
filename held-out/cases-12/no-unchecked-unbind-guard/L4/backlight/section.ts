// A Section class with a static opener around `unbindGuard()`.
import type { drm } from '@bindsafe/kernel';

export class Section {
  static open<D extends drm.AnyDriver>(dev: drm.Device<D>): drm.UnbindGuard<D> | undefined {
    return dev.unbindGuard();
  }
}
