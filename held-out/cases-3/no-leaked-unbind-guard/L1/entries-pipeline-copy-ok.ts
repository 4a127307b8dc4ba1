// An Object.entries/fromEntries pipeline copies the numeric counters out of the section.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function scaledCounters(dev: GpuDevice, factor = 2): Record<string, number> {
  using guard = dev.unbindGuard();
  if (!guard) return {};
  return guard.registrationDataWith((_parent, data) =>
    Object.fromEntries(
      Object.entries(data.counters)
        .filter(([, value]) => value > 0)
        .map(([key, value]) => [key.toUpperCase(), value * factor]),
    ),
  );
}
