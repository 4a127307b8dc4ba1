// A history collector pushes the registration data's log array into a module-level list.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const history: string[][] = [];

export function collect(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    history.push(data.log); // expect: bindsafe/no-leaked-unbind-guard
  });
}
