// Naming support: reads a device's name through its Uninit view.
import type { drm } from '@bindsafe/kernel';

export default function uninitName<D extends drm.AnyDriver>(udev: drm.UnregisteredDevice<D>): string {
  // SAFETY: an UnregisteredDevice is always in the Uninit context.
  const view = udev.assumeCtx<drm.Uninit>();
  return view.name;
}
