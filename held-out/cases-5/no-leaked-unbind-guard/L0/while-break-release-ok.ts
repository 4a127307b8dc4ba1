// A soft-reset poll loop `while (true)` is left only by `break`, and the guard is released right after the loop. [class 1]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const RESET_CTRL = 0x100;
const RESET_DONE = 0x8000_0000;

export function softReset(dev: drm.Device<GpuDrm>, maxPolls = 1000): boolean {
  const guard = dev.unbindGuard();
  if (!guard) return false;
  let polls = 0;
  let done = false;
  guard.registrationDataWith((_parent, data) => data.bar.write32(1, RESET_CTRL));
  while (true) {
    const status = guard.registrationDataWith((_parent, data) => data.bar.read32(RESET_CTRL));
    if ((status & RESET_DONE) !== 0) {
      done = true;
      break;
    }
    if (++polls >= maxPolls) break;
  }
  guard.release();
  return done;
}
