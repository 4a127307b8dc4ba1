// A busy check returns through an alias's branch before the guard is released.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function startJob(dev: drm.Device<GpuDrm>, job: number): boolean {
  const held = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (!held) return false;
  const g = held;
  const bar = dev.data.regs.access(g.parent.asRef());
  if ((bar.read32(0x10) & 0x4) !== 0) return false;
  bar.write32(job, 0x40);
  g.release();
  return true;
}
