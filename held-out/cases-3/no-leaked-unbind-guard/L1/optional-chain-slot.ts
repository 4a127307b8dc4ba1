// An array reached through optional chaining on a module object gets the registration data's Bar.
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface RingCache {
  readonly perRing?: { readonly bars: (pci.Bar | undefined)[] };
}

const cache: RingCache = { perRing: { bars: [] } };

export function pinRing(dev: GpuDevice, ring: number): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    const bars = cache.perRing?.bars;
    if (bars) bars[ring] = data.bar; // expect: bindsafe/no-leaked-unbind-guard
  });
}
