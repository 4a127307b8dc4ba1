// A schedule() helper defers a register write with setTimeout, capturing the Bar it is given.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function schedule(bar: pci.Bar, value: number, delayMs: number): void {
  setTimeout(() => bar.write32(value, 0x90), delayMs);
}

export function delayedEnable(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const bar = dev.data.regs.access(guard.parent.asRef());
  schedule(bar, 1, 20); // expect: bindsafe/no-leaked-unbind-guard
}
