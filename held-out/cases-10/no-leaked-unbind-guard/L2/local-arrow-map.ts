// A local arrow reads registers through the Bar and is used by map() inside the section.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function readBlock(dev: drm.Device<GpuDrm>, offsets: number[]): number[] {
  using guard = dev.unbindGuard();
  if (!guard) return [];
  const bar = dev.data.regs.access(guard.parent.asRef());
  const readReg = (off: number): number => bar.read32(off);
  return offsets.map(readReg);
}
