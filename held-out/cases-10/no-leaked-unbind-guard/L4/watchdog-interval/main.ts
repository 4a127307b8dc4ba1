// Bring-up starts a watchdog whose interval keeps the Bar obtained with the guard's parent.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { startWatchdog } from './watchdog.js';

export function bringUp(dev: drm.Device<GpuDrm>): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  const bar = dev.data.regs.access(guard.parent.asRef());
  startWatchdog(bar); // expect: bindsafe/no-leaked-unbind-guard
  return true;
}
