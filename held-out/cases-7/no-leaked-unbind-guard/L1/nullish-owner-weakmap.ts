// [class 6] An owner registry stores `data.pdev ?? parent` (both guarded) in a module WeakMap keyed by the DRM handle.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const owners = new WeakMap<GpuDevice, pci.Device<device.Bound>>();

export function rememberOwner(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((parent, data) => {
    owners.set(dev, data.pdev ?? parent); // expect: bindsafe/no-leaked-unbind-guard
  });
}
