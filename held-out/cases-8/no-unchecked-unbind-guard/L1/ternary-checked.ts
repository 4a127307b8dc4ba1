// A ternary chooses which device to guard; the result is checked before use.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function vramOf(primary: GpuDevice, secondary: GpuDevice | null): number {
  using guard = secondary ? secondary.unbindGuard() : primary.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((_p, data) => data.vramSize);
}
