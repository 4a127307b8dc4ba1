// A fence wait holds its guard with `using` across `await Promise.race([...])`: the section stays open until the function returns. [class 5]
import { errors, type drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

const FENCE_SEQNO = 0x40;

export async function waitFence(dev: drm.Device<GpuDrm>, seqno: number, timeoutMs = 20): Promise<boolean> {
  using guard = dev.unbindGuard();
  if (!guard) throw new errors.KernelError('ENODEV', `${dev.name}: unplugged while waiting for fence ${seqno}`);
  for (let attempt = 0; attempt < 8; attempt++) {
    const signalled = guard.registrationDataWith((_parent, data) => data.bar.read32(FENCE_SEQNO) >= seqno);
    if (signalled) return true;
    const outcome = await Promise.race([
      pause(1).then(() => 'tick' as const),
      pause(timeoutMs).then(() => 'timeout' as const),
    ]);
    if (outcome === 'timeout') break;
  }
  guard.parent.asRef().info(`fence ${seqno} timed out`);
  return false;
}
