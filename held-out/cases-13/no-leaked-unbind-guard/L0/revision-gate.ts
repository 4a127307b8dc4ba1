// A revision gate takes a guard, bails out early for old silicon and forgets to release on that path. [class 1]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Check = (rev: number) => boolean;

const atLeast =
  (min: number): Check =>
  (rev) =>
    rev >= min;

export const logIfSupported =
  (supported: Check) =>
  (dev: GpuDevice, line: string): boolean => {
    const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
    if (!guard) return false;
    if (!supported(guard.parent.revision)) return false;
    guard.registrationDataWith((_parent, data) => data.log.push(line));
    guard.release();
    return true;
  };

export const logOnRev2 = logIfSupported(atLeast(2));
