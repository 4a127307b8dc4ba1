// One SAFETY comment above the statement covers the unsafe call in the `.then` callback it writes.
import type { device } from '@bindsafe/kernel';
import { pause } from '../../../cases/_shared/timing.js';

export function logSoon(dev: device.Device, message: string): Promise<void> {
  // SAFETY: callers hold a devres-managed reference that keeps the device bound until the log line is out.
  return pause(1).then(() => dev.unsafeAsBound().info(message));
}
