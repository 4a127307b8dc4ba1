// A heartbeat interval keeps only the drm.Device handle and takes a fresh guard on each tick.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function startHeartbeat(dev: drm.Device<GpuDrm>, periodMs = 1000): () => void {
  const timer = setInterval(() => {
    using guard = dev.unbindGuard();
    if (!guard) return;
    dev.data.regs.access(guard.parent.asRef()).write32(1, 0x80);
  }, periodMs);
  return () => clearInterval(timer);
}
