// An imported assertion function narrows the guard before the encoder reads it.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { assertPlugged } from './asserts.js';

export function encoderCount(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  assertPlugged(guard, 'encoderCount');
  return guard.registrationDataWith((_p, data) => data.counters['encoders'] ?? 0);
}
