// Generic section helper for any DRM driver of this family.
import type { drm } from '@bindsafe/kernel';

export const openSection = <D extends drm.AnyDriver>(dev: drm.Device<D>): drm.UnbindGuard<D> | undefined => dev.unbindGuard();
