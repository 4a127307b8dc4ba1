// The debugfs poke handler ignores the boolean of an imported helper that holds no guard.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { refreshCounters } from './counters.js';

export function poke(dev: GpuDevice, value: number): number {
  refreshCounters(dev);
  dev.data.submitted = value;
  return value;
}
