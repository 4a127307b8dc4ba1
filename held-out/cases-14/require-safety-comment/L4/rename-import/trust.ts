// Helper module of the rename-import case.
import type { device } from '@bindsafe/kernel';

/**
 * Logs through the bound view of `dev`.
 * @unsafe The caller must guarantee that `dev` is bound while the call runs.
 */
export const logBound = (dev: device.Device, msg: string): void => {
  // SAFETY: the caller of this @unsafe function guarantees the binding.
  dev.unsafeAsBound().info(msg);
};
