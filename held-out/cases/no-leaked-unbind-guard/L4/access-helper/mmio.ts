// MMIO helpers: map a device's registers with a given proof of binding.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../_shared/gpu-drm.js';

export function registersOf(dev: GpuDevice, proof: device.Device<device.Bound>): pci.Bar {
  return dev.data.regs.access(proof);
}

export function readReg(dev: GpuDevice, proof: device.Device<device.Bound>, offset: number): number {
  return registersOf(dev, proof).read32(offset);
}
