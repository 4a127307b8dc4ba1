// An auxiliary display child keeps an ops object whose `pin` property holds a tagged function; the call is justified. [class 7]
import type { auxiliary, device } from '@bindsafe/kernel';

/** @unsafe The caller must guarantee `dev` is bound during the call. */
function pinBound(dev: device.Device): number {
  // SAFETY: the caller of this @unsafe function guarantees the binding.
  return dev.unsafeAsBound().name.length;
}

interface DisplayOps {
  readonly pin: (dev: device.Device) => number;
  readonly flush: (lines: number) => string;
}

const ops = { pin: pinBound, flush: (lines: number) => `flushed ${lines}` } satisfies DisplayOps;

/** Called from the display child's destructor only: its device is bound until it returns. */
export const closeDisplay = (adev: auxiliary.Device, lines = 0): string =>
  // SAFETY: the destructor of the child's driver data runs while the child is bound.
  ops.flush(lines + ops.pin(adev.asRef()));
