// Helper module: a line logger tagged @unsafe (it re-binds a stored handle).
import type { device } from '@bindsafe/kernel';

/**
 * Logs a line through the bound view of a stored handle.
 * @unsafe The caller must guarantee the device is bound during the call.
 */
export function logBound(handle: device.Device<device.Normal>, message: string): void {
  // SAFETY: forwarded from logBound's own contract.
  handle.unsafeAsBound().info(message);
}
