// Reads one named counter from the registration data inside a checked section.
import type { GpuDevice } from '../../../../../cases/_shared/gpu-drm.js';

export function readCounter(dev: GpuDevice, name: string): number | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  return guard.registrationDataWith((_p, data) => data.counters[name]);
}
