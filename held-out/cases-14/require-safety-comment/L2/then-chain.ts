// A platform firmware loader reports completion through a .then() chain; the SAFETY comment sits above the safe link before the unsafe one. [class 5]
import type { device } from '@bindsafe/kernel';

export const announceFirmware = (dev: device.Device, load: () => Promise<Uint8Array>): Promise<string> =>
  load()
    // SAFETY: the loader is awaited by the destructor before the device is unbound. // expect: bindsafe/require-safety-comment
    .then((blob) => blob.byteLength)
    .then((n) => `${dev.unsafeAsBound().name}: ${(n / 1024).toFixed(0)} KiB loaded`) // expect: bindsafe/require-safety-comment
    .catch((e: unknown) => `firmware failed: ${e instanceof Error ? e.message : String(e)}`);
