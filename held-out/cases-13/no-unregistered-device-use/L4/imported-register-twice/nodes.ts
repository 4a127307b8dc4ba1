// Registration helpers for a PCI GPU's DRM nodes.
import { drm, type device, type pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export interface NodeSpec {
  readonly vramSize: number;
  readonly bar: pci.Bar;
}

export function registerNode(pdev: pci.Device<device.Bound>, udev: drm.UnregisteredDevice<GpuDrm>, spec: NodeSpec): drm.Registration<GpuDrm> {
  return drm.Registration.new(pdev, udev, { vramSize: spec.vramSize, log: [], counters: {}, pdev, bar: spec.bar }, 0);
}
