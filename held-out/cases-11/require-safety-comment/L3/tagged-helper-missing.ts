// A same-file helper tagged @unsafe, called from a probe-time routine without a comment.
import type { device } from '@bindsafe/kernel';

/**
 * Logs through the bound view of `dev`.
 *
 * @unsafe `dev` must be bound to its driver for the duration of the call.
 */
function logBound(dev: device.Device, message: string): void {
  // SAFETY: this helper's contract makes the caller vouch for the binding.
  dev.unsafeAsBound().info(message);
}

export function bringUp(dev: device.Device, stages: readonly string[]): void {
  for (const stage of stages) {
    if (stage.length === 0) continue;
    logBound(dev, `stage ${stage}`); // expect: bindsafe/require-safety-comment
  }
}
