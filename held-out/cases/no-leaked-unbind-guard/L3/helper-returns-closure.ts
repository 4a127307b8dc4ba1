// A helper returns a closure over its parameter; the caller hands it to a timer.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

function announcer(pdev: pci.Device<device.Bound>): () => void {
  return () => pdev.asRef().info('still here');
}

export function scheduleAnnounce(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  setInterval(announcer(guard.parent), 500); // expect: bindsafe/no-leaked-unbind-guard
}
