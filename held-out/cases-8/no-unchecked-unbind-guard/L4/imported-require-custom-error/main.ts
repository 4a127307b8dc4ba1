// An imported helper throws a custom error for an undefined guard; the caller uses it directly.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { requireSection, SectionUnavailable } from './guards/index.js';

export function firmwareVersion(dev: GpuDevice): string {
  try {
    using guard = requireSection(dev);
    return guard.registrationDataWith((_p, data) => `fw ${data.counters['fwMajor'] ?? 0}.${data.counters['fwMinor'] ?? 0}`);
  } catch (err) {
    if (err instanceof SectionUnavailable) return 'fw unknown (unplugged)';
    throw err;
  }
}
