// Registers the GPU's DRM device and hands back only its drm.Device handle.
import { drm, type device, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDevice } from '../../../../cases/_shared/gpu-drm.js';

export const PROFILE = { label: 'heldgpu4', vram: 0x0800_0000 } as const;

export function registerGpu(pdev: pci.Device<device.Bound>, regs: devres.Devres<pci.Bar>): GpuDevice {
  const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: PROFILE.label, regs, submitted: 0 });
  const reg = drm.Registration.new(pdev, udev, { vramSize: PROFILE.vram, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
  return reg.device();
}
