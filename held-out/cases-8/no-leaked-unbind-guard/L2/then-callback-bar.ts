// A firmware loader reads the BAR in a .then callback that runs after the section closed.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function loadFirmware(dev: drm.Device<GpuDrm>, blob: Promise<Uint8Array>): Promise<number> | undefined {
  using guard = dev.unbindGuard();
  if (guard === undefined) return undefined;
  return guard.registrationDataWith((_parent, data) =>
    blob.then((bytes) => { data.bar.write32(bytes.length, 0x300); return data.bar.read32(0x304); }), // expect: bindsafe/no-leaked-unbind-guard
  );
}
