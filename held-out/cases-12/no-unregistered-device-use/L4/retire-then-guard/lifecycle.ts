// Lifecycle helper: unplugs a DRM node and waits for open sections to close.
import type { drm } from '@bindsafe/kernel';

export default async function retire<D extends drm.AnyDriver>(reg: drm.Registration<D>): Promise<void> {
  await reg.drop();
}
