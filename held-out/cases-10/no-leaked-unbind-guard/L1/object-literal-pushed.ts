// A device census pushes an object literal holding the registration data's pdev into a module array.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface CensusEntry {
  readonly name: string;
  readonly pdev: pci.Device<device.Bound>;
}

const census: CensusEntry[] = [];

export function count(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    census.push({ name: dev.name, pdev: data.pdev }); // expect: bindsafe/no-leaked-unbind-guard
  });
}
