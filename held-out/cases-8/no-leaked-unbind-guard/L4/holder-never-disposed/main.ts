// A VRAM query wraps its guard in a GuardHolder kept with const and never disposed.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { GuardHolder } from './holder.js';

export function vramMiB(dev: drm.Device<GpuDrm>): number {
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (guard === undefined) return 0;
  const holder = new GuardHolder(guard);
  return Math.floor(holder.vram() / (1024 * 1024));
}
