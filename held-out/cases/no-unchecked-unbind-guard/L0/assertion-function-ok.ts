// An assertion function handles undefined, and a ! after narrowing is fine.
import { errors } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

function assertPresent<T>(value: T | undefined, what: string): asserts value is T {
  if (value === undefined) throw new errors.KernelError('ENODEV', `${what}: unplugged`);
}

export function resetCount(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  assertPresent(guard, dev.name);
  return guard.registrationDataWith((_p, data) => data.counters['resets'] ?? 0);
}

export function deviceId(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (guard === undefined) return 0;
  return guard!.parent.deviceId;
}
