// A helper remembers BARs in a module list; the caller hands it the guarded registration-data BAR.
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const knownBars: pci.Bar[] = [];

function remember(bar: pci.Bar): void {
  if (!knownBars.includes(bar)) knownBars.push(bar);
}

export function enumerate(dev: drm.Device<GpuDrm>): number {
  using guard = dev.unbindGuard();
  if (guard === undefined) return knownBars.length;
  guard.registrationDataWith((_parent, data) => {
    remember(data.bar); // expect: bindsafe/no-leaked-unbind-guard
  });
  return knownBars.length;
}
