// A barOf() helper reads ctx.bar out of a local context; the caller uses it inside the section.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface Ctx {
  readonly bar: pci.Bar;
  readonly ring: number;
}

function barOf(ctx: Ctx): pci.Bar {
  return ctx.bar;
}

export function kickRing(dev: drm.Device<GpuDrm>, ring: number): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    const ctx: Ctx = { bar: data.bar, ring };
    barOf(ctx).write32(ctx.ring, 0xc0);
  });
}
