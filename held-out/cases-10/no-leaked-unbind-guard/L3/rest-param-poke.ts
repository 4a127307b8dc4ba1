// A pokeAll() helper with a rest parameter writes several registers through the Bar it borrows.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function pokeAll(bar: pci.Bar, value: number, ...offsets: number[]): number {
  for (const off of offsets) bar.write32(value, off);
  return offsets.length;
}

export function clearIrqs(dev: drm.Device<GpuDrm>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return pokeAll(dev.data.regs.access(guard.parent.asRef()), 0, 0xa0, 0xa4, 0xa8);
}
