// A debugfs dump checks the guard with an imported assertion function, then iterates the log.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { assertEntered } from './asserts.js';

export function dumpLog(gpu: GpuDevice, limit = 8): string[] {
  using guard = gpu.unbindGuard();
  assertEntered(guard, 'dumpLog');
  return guard.registrationDataWith((_p, data) => data.log.slice(-limit).map((line) => line.trim()));
}
