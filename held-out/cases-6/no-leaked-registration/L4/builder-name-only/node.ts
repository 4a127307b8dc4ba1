// Builds the DRM node of a display engine: returns the registration with its device name.
import { drm, type pci, type device } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export interface BuiltNode {
  readonly reg: drm.Registration<GpuDrm>;
  readonly name: string;
}

export function buildNode(pdev: pci.Device<device.Core>, label: string): BuiltNode {
  const regs = pdev.iomapRegion(0, label);
  const bar = regs.access(pdev.asRef());
  const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label, regs, submitted: 0 });
  const reg = drm.Registration.new(pdev, udev, { vramSize: 1 << 20, log: [], counters: {}, pdev, bar }, 0);
  return { reg, name: reg.device().name };
}
