// Reads the queue count of an accelerator through its device's Uninit view.
import type { drm } from '@bindsafe/kernel';

export function stagedQueues<D extends drm.Driver<{ readonly queues: number }, { readonly doorbells: number }, {}, 'auxiliary'>>(
  udev: drm.UnregisteredDevice<D>,
): number {
  // SAFETY: an unregistered device is only ever in the `Uninit` context.
  return udev.assumeCtx().data.queues;
}
