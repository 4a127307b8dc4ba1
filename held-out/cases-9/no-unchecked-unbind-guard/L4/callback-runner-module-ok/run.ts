// Helper module: runs a callback inside a checked section, or returns a fallback.
import type { auxiliary, device } from '@bindsafe/kernel';
import type { AuxDevice } from '../../../../cases/_shared/aux-drm.js';

export function inSection<T>(dev: AuxDevice, fallback: T, body: (parent: auxiliary.Device<device.Bound>) => T): T {
  using guard = dev.unbindGuard();
  if (!guard) return fallback;
  return body(guard.parent);
}
