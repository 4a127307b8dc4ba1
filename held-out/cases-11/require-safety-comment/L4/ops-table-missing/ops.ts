// An ops table whose `attach` property holds a tagged function.
import type { device } from '@bindsafe/kernel';

/** @unsafe `dev` must be bound to its driver while attaching. */
function attach(dev: device.Device): string {
  // SAFETY: the caller vouches for the binding (this function's contract).
  const bound = dev.unsafeAsBound();
  return bound.name;
}

export const phyOps = {
  attach,
  detach: (dev: device.Device): string => dev.name,
} as const;
