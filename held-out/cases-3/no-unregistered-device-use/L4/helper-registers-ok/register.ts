// Registers a prepared device and hands back the registration; the caller never touches udev again.
import { drm, type device, type pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function registerGpu(
  pdev: pci.Device<device.Bound>,
  udev: drm.UnregisteredDevice<GpuDrm>,
  bar: pci.Bar,
): drm.Registration<GpuDrm> {
  return drm.Registration.new(pdev, udev, { vramSize: 1 << 20, log: [], counters: {}, pdev, bar }, 0);
}
