// A per-call Map of BARs by index is created and dropped inside the section.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function probeBars(dev: drm.Device<GpuDrm>, offsets: readonly number[]): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  const byIndex = new Map<number, pci.Bar>();
  offsets.forEach((_o, i) => byIndex.set(i, dev.data.regs.access(guard.parent.asRef())));
  let acc = 0;
  for (const [i, bar] of byIndex) acc += bar.read32(offsets[i] ?? 0);
  return acc;
}
