// Valid: the guard is held by a DisposableStack declared with using; a helper module reads the BAR during the call.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { Sensor, readTemp } from './thermal.js';

export function hottest(dev: drm.Device<GpuDrm>): number {
  using stack = new DisposableStack();
  const guard = dev.unbindGuard();
  if (guard === undefined) return Number.NaN;
  stack.use(guard);
  return guard.registrationDataWith((_p, data) => Math.max(readTemp(data.bar, Sensor.Core), readTemp(data.bar, Sensor.Memory)));
}
