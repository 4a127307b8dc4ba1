// A doorbell write is deferred with queueMicrotask, capturing the Bar obtained with the parent.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function ringDoorbell(dev: drm.Device<GpuDrm>, ring: number): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const bar = dev.data.regs.access(guard.parent.asRef());
  queueMicrotask(() => bar.write32(ring, 0x60)); // expect: bindsafe/no-leaked-unbind-guard
}
