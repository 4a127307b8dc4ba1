// A clock readout throws a custom Error subclass with a cause when the guard is undefined.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class UnpluggedError extends Error {
  override readonly name = 'UnpluggedError';
  constructor(readonly device: string, options?: ErrorOptions) {
    super(`${device} is gone`, options);
  }
}

export function coreClock(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (guard === undefined) {
    throw new UnpluggedError(dev.name, { cause: 'unbindGuard() returned undefined' });
  }
  return guard.registrationDataWith((_p, data) => data.counters['coreClock'] ?? 0);
}
