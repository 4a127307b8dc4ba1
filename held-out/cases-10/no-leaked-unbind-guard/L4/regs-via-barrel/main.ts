// A quiesce routine stops every busy engine through barrel-imported register helpers.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { Engine, engineBusy, stopEngine } from './index.js';

export function quiesce(dev: drm.Device<GpuDrm>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  const bar = dev.data.regs.access(guard.parent.asRef());
  let stopped = 0;
  for (const e of [Engine.Gfx, Engine.Copy, Engine.Video]) {
    if (!engineBusy(bar, e)) continue;
    stopEngine(bar, e);
    stopped++;
  }
  return stopped;
}
