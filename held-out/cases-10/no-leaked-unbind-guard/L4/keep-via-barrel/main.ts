// Discovery hands the guard's parent to keep(), imported through a barrel, which stores it.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { keep } from './index.js';

export function discover(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  keep(dev.name, guard.parent); // expect: bindsafe/no-leaked-unbind-guard
}
