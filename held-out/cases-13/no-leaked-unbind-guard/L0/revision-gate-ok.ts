// A revision gate takes a guard with `using`, so the early return for old silicon releases it too. [class 1]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Check = (rev: number) => boolean;

const atLeast =
  (min: number): Check =>
  (rev) =>
    rev >= min;

export const logIfSupported =
  (supported: Check) =>
  (dev: GpuDevice, line: string): boolean => {
    using guard = dev.unbindGuard();
    if (!guard) return false;
    if (!supported(guard.parent.revision)) return false;
    guard.registrationDataWith((_parent, data) => data.log.push(line));
    return true;
  };

export const logOnRev2 = logIfSupported(atLeast(2));
