// An object literal with a computed key holds the registration data's Bar; it goes into a module record. [class 3] [class 8]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const byRing: Record<string, { readonly [slot: string]: pci.Bar }> = {};

export function pinRing(dev: GpuDevice, ring: number): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    byRing[dev.name] = { [`ring${ring}`]: data.bar }; // expect: bindsafe/no-leaked-unbind-guard
  });
}
