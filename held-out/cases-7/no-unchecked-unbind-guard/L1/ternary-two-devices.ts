// [class 6] A dual-GPU selector asserts a conditional between two unbindGuard() results.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function pickRenderer(integrated: GpuDevice, discrete: GpuDevice, preferDiscrete = true): number {
  using guard = (preferDiscrete ? discrete.unbindGuard() : integrated.unbindGuard())!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.deviceId;
}
