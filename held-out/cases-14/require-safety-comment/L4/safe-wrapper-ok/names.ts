// Helper module of the safe-wrapper-ok case.
import type { device } from '@bindsafe/kernel';

/** A safe wrapper: it justifies its own assumption, callers need nothing. */
export const teardownName = (dev: device.Device): string => {
  // SAFETY: only used from destructors of driver data, which run while the device is bound.
  const bound = dev.unsafeAsBound();
  return bound.name;
};
