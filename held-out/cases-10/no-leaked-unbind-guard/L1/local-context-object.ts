// A local context object holding parent and Bar is built and dropped inside the section.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function configure(dev: drm.Device<GpuDrm>, burst = 8): number {
  using guard = dev.unbindGuard();
  if (!guard) return -1;
  const ctx = { parent: guard.parent, bar: dev.data.regs.access(guard.parent.asRef()), burst };
  ctx.bar.write32(ctx.burst, 0x50);
  return ctx.parent.revision >= 2 ? ctx.bar.read32(0x50) : 0;
}
