// A calibration step wraps the guard in a RegSession with using; its dispose does not release the guard.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { RegSession } from './session.js';

export function calibrate(dev: drm.Device<GpuDrm>): boolean {
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (!guard) return false;
  using session = new RegSession(guard);
  session.note(`rev ${session.guard.parent.revision}`);
  return true;
}
