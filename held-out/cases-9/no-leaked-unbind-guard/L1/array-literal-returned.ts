// The registrationDataWith callback returns an array literal holding the Bar and pdev.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export type Resources = readonly [pci.Bar, pci.Device<device.Bound>];

export function grabResources(dev: drm.Device<GpuDrm>): Resources | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  return guard.registrationDataWith((_parent, data) => {
    const pair: Resources = [data.bar, data.pdev];
    return pair; // expect: bindsafe/no-leaked-unbind-guard
  });
}
