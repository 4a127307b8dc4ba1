// An auxiliary display child keeps an ops object whose `pin` property holds a tagged function; it calls `ops.pin` bare. [class 7]
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

export const closeDisplay = (adev: auxiliary.Device, lines = 0): string =>
  ops.flush(lines + ops.pin(adev.asRef())); // expect: bindsafe/require-safety-comment
