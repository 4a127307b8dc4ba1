// Pre-opening support: forces the Registered context on a device so a file can be opened early.
import type { drm } from '@bindsafe/kernel';

export function preopen<D extends drm.AnyDriver>(udev: drm.UnregisteredDevice<D>): drm.File<drm.FileDataOf<D>> {
  // SAFETY: callers only pre-open devices that userspace can already reach.
  const dev = udev.assumeCtx<drm.Registered>();
  return dev.openFile();
}
