// A log drain (dropping up to `max` lines, returning how many) passes the guard through a second alias and checks that one for `undefined`. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function drainLog(dev: GpuDevice, max = 16): number {
  using guard = dev.unbindGuard();
  const section = guard;
  if (!section) return 0;
  return section.registrationDataWith((_parent, data) => data.log.splice(0, max).length);
}
