// Registration helpers of the driver.
import { drm, type device, type pci } from '@bindsafe/kernel';
import type { GpuDrm, GpuRegData } from '../../../_shared/gpu-drm.js';

export function registerGpu(pdev: pci.Device<device.Bound>, udev: drm.UnregisteredDevice<GpuDrm>, regData: GpuRegData): drm.Registration<GpuDrm> {
  pdev.asRef().info('registering DRM device');
  return drm.Registration.new(pdev, udev, regData, 0);
}
