// A generic section runner: opens a guard with `using`, runs the callback synchronously, returns its result.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice, GpuRegData } from '../../../../cases/_shared/gpu-drm.js';

export function inSection<R>(dev: GpuDevice, fallback: R, work: (pdev: pci.Device<device.Bound>, data: GpuRegData) => R): R {
  using guard = dev.unbindGuard();
  if (!guard) return fallback;
  return guard.registrationDataWith((pdev, data) => work(pdev, data));
}
