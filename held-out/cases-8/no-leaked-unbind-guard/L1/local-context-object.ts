// Valid: a context object holding the parent and BAR is built inside the section and dropped there.
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface ProbeCtx {
  readonly pdev: pci.Device;
  readonly bar: pci.Bar;
  readonly rings: number[];
}

export function ringMask(dev: drm.Device<GpuDrm>): number {
  using guard = dev.unbindGuard();
  if (guard === undefined) return 0;
  return guard.registrationDataWith((parent, data) => {
    const ctx: ProbeCtx = { pdev: parent, bar: data.bar, rings: [0, 1, 2, 3] };
    const [first, ...rest] = ctx.rings;
    let mask = ctx.bar.read32(0x10 + (first ?? 0));
    for (const r of rest) mask |= ctx.bar.read32(0x10 + r * 4) << r;
    return ctx.pdev.revision > 1 ? mask : mask & 0xf;
  });
}
