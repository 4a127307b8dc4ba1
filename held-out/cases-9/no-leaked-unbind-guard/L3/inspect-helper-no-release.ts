// A helper only inspects the guard; nobody releases it afterwards [class 1].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function isPoweredUp(guard: drm.UnbindGuard<GpuDrm>): boolean {
  return guard.parent.memoryEnabled && guard.parent.busMaster;
}

export function checkPower(dev: drm.Device<GpuDrm>): boolean {
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (!guard) return false;
  return isPoweredUp(guard);
}
