// A BAR cache picks the BAR from the data or a parameter with a ternary and stores it in a module Map.
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const barCache = new Map<string, pci.Bar>();

export function cacheBar(dev: drm.Device<GpuDrm>, key: string, override?: pci.Bar): void {
  using guard = dev.unbindGuard();
  if (guard === undefined) return;
  guard.registrationDataWith((_parent, data) => {
    const chosen = override !== undefined ? override : data.bar;
    barCache.set(key, chosen); // expect: bindsafe/no-leaked-unbind-guard
  });
}
