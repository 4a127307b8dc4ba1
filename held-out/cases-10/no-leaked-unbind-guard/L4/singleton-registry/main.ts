// Probe-time bookkeeping hands the guard's parent to the shared Registry singleton.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { Registry } from './registry.js';

export function enroll(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  Registry.shared().adopt(guard.parent); // expect: bindsafe/no-leaked-unbind-guard
}
