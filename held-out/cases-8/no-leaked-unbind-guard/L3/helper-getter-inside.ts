// Valid: a helper picks the BAR out of its context argument; the caller uses it only inside the section.
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm, GpuRegData } from '../../../cases/_shared/gpu-drm.js';

function mmio(ctx: Pick<GpuRegData, 'bar'>): pci.Bar {
  return ctx.bar;
}

export function kick(dev: drm.Device<GpuDrm>, ring: number): boolean {
  using guard = dev.unbindGuard();
  if (guard === undefined) return false;
  guard.registrationDataWith((_parent, data) => {
    const bar = mmio(data);
    bar.write32(ring, 0x600);
  });
  return true;
}
