// Registers a camera's DRM node: consumes the unregistered device.
import { drm, type device, type pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function registerNode(pdev: pci.Device<device.Core>, udev: drm.UnregisteredDevice<GpuDrm>, bar: pci.Bar): drm.Registration<GpuDrm> {
  const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
  console.debug(`registered ${reg.device().name}`);
  return reg;
}
