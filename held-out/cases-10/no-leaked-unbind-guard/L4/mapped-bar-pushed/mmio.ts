// MMIO helper: maps the GPU's register BAR for the parent it is given.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function regsFor(dev: drm.Device<GpuDrm>, parent: pci.Device<device.Bound>): pci.Bar {
  return dev.data.regs.access(parent.asRef());
}
