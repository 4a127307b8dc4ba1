// The guard is renamed for a short block and released through the alias.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function pulse(dev: drm.Device<GpuDrm>): boolean {
  const acquired = dev.unbindGuard();
  if (!acquired) return false;
  const section = acquired;
  const bar = dev.data.regs.access(section.parent.asRef());
  bar.write32(0x1, 0x30);
  section.release();
  return true;
}
