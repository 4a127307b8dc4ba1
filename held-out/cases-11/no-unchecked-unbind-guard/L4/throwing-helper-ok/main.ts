// A sysfs read using an imported helper that throws for undefined; the caller maps the error to an errno.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { DeviceGone, requireSection } from './require.js';

export function showVram(gpu: GpuDevice): string | number {
  try {
    using guard = requireSection(gpu);
    return String(guard.registrationDataWith((_p, data) => data.vramSize));
  } catch (err) {
    if (err instanceof DeviceGone) return err.errno;
    throw err;
  }
}
