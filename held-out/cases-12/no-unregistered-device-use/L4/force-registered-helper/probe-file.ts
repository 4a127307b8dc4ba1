// Opens a scratch file on a DRM device to read the default slot.
import type { drm } from '@bindsafe/kernel';

export function scratchSlot<D extends drm.Driver<{ readonly queues: number }, { readonly doorbells: number }, { readonly slot: number }, 'auxiliary'>>(
  udev: drm.UnregisteredDevice<D>,
): number {
  // SAFETY: only called for devices that userspace can already open.
  return udev.assumeCtx<drm.Registered>().openFile().inner().slot;
}
