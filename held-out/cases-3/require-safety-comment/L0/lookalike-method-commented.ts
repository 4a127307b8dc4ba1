// A home-made `unsafeAsBound` without an @unsafe tag is safe, so the SAFETY comment above it is above nothing unsafe.
import type { device } from '@bindsafe/kernel';

class CachedHandle {
  constructor(private readonly dev: device.Device) {}
  /** Returns the cached handle (the name is historical). */
  unsafeAsBound(): device.Device {
    return this.dev;
  }
}

export function nameOf(handle: CachedHandle): string {
  // SAFETY: the handle is refreshed on every hotplug event. // expect: bindsafe/require-safety-comment
  return handle.unsafeAsBound().name;
}
