// A do…while loop polls a status register and returns on timeout before the `const` guard is released. [class 1]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const STATUS = 0x0100;
const READY = 0x1;
const MAX_POLLS = 16;

export function waitForIdle(dev: GpuDevice): boolean {
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (guard === undefined) return false;
  let polls = 0;
  let status: number;
  do {
    status = guard.registrationDataWith((_parent, data) => data.bar.read32(STATUS));
    if (++polls > MAX_POLLS) return false;
  } while ((status & READY) === 0);
  guard.release();
  return true;
}
