// An async idle wait holds a `using` guard across its polling awaits and calls register helpers [class 5].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../../cases/_shared/timing.js';
import { isIdle, kick } from './regs.js';

export async function waitIdle(dev: drm.Device<GpuDrm>, polls = 10): Promise<boolean> {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  const bar = dev.data.regs.access(guard.parent.asRef());
  kick(bar);
  for (let i = 0; i < polls; i++) {
    if (isIdle(bar)) return true;
    await pause(1);
  }
  return false;
}
