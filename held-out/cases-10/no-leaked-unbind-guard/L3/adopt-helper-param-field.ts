// An adopt() helper stores the pdev in a field of the holder object its caller passes in.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export interface Holder {
  pdev?: pci.Device<device.Bound>;
}

function adopt(target: Holder, pdev: pci.Device<device.Bound>): void {
  target.pdev = pdev;
}

export function bindHolder(dev: drm.Device<GpuDrm>, holder: Holder): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    adopt(holder, data.pdev); // expect: bindsafe/no-leaked-unbind-guard
  });
}
