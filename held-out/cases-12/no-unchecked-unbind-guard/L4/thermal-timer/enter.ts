// A generic guard opener for any DRM driver.
import type { drm } from '@bindsafe/kernel';

export const enterAny = <D extends drm.AnyDriver>(dev: drm.Device<D>) => dev.unbindGuard();
