// A platform firmware loader reports completion through a .then() chain; the SAFETY comment sits directly above the unsafe link. [class 5]
import type { device } from '@bindsafe/kernel';

export const announceFirmware = (dev: device.Device, load: () => Promise<Uint8Array>): Promise<string> =>
  load()
    .then((blob) => blob.byteLength)
    // SAFETY: the loader is awaited by the destructor before the device is unbound.
    .then((n) => `${dev.unsafeAsBound().name}: ${(n / 1024).toFixed(0)} KiB loaded`)
    .catch((e: unknown) => `firmware failed: ${e instanceof Error ? e.message : String(e)}`);
