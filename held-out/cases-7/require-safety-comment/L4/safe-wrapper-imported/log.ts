// Helper module: a safe wrapper that checks nothing more but carries its own SAFETY justification.
import type { device } from '@bindsafe/kernel';

export function logFromUnbind(handle: device.Device, message: string): void {
  // SAFETY: only called from a driver's unbind, for the device being unbound, which is still
  // bound until unbind returns; the Device<Bound> is dropped at the end of the statement.
  handle.unsafeAsBound().info(message);
}
