// Helper module: a lease helper tagged @unsafe, used through a namespace import.
import type { device } from '@bindsafe/kernel';

export interface Lease {
  readonly owner: string;
  readonly since: number;
}

/**
 * Takes a lease named after the bound device.
 * @unsafe The handle's device must be bound during the call.
 */
export function take(handle: device.Device<device.Normal>, since = Date.now()): Lease {
  // SAFETY: forwarded from take's contract.
  return { owner: handle.unsafeAsBound().name, since };
}
