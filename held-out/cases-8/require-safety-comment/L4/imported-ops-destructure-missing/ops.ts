// Helper module: an ops table whose `report` property holds an @unsafe function.
import type { device } from '@bindsafe/kernel';

/**
 * Logs through the bound view of a stored handle.
 * @unsafe The caller must guarantee the device is bound during the call.
 */
function reportBound(handle: device.Device<device.Normal>, line: string): void {
  // SAFETY: forwarded from reportBound's contract.
  handle.unsafeAsBound().info(line);
}

export const meterOps = {
  report: reportBound,
  units: 'mW',
} as const;
