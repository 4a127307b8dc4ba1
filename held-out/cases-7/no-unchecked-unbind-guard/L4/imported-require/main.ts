// [class 1] A caller uses an imported helper that throws for undefined itself, and catches its custom error.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { NoDeviceError, requireGuard } from './require.js';

export function edidBlocks(dev: GpuDevice): number {
  try {
    using guard = requireGuard(dev);
    return guard.registrationDataWith((_p, data) => data.counters['edid'] ?? 1);
  } catch (error) {
    if (error instanceof NoDeviceError) return 0;
    throw error;
  }
}
