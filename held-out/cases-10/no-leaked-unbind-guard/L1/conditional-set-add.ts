// A conditional picks the Bar from the registration data and adds it to a module-level Set.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const watched = new Set<pci.Bar>();

export function watch(dev: drm.Device<GpuDrm>, enable: boolean): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    const bar = enable ? data.bar : undefined;
    if (bar) watched.add(bar); // expect: bindsafe/no-leaked-unbind-guard
  });
}
