// A tagged method destructured from a same-file ops table and called through the binding, without a comment.
import type { device } from '@bindsafe/kernel';

const busOps = {
  /** @unsafe `dev` must be bound to its driver during the call. */
  kick(dev: device.Device, why: string): void {
    // SAFETY: the caller vouches for the binding (this method's contract).
    dev.unsafeAsBound().info(`kick: ${why}`);
  },
  describe(dev: device.Device): string {
    return dev.name;
  },
};

export function onHotplug(dev: device.Device, reasons: Map<string, number>): string {
  const { kick, describe } = busOps;
  const worst = [...reasons.entries()].sort((a, b) => b[1] - a[1])[0];
  if (worst === undefined) return describe(dev);
  kick(dev, worst[0]); // expect: bindsafe/require-safety-comment
  return describe(dev);
}
