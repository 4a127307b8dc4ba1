// A fleet-wide "touch" counts the plugged devices inside a `forEach`, releasing each guard. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function touchAll(fleet: ReadonlyMap<string, GpuDevice>): number {
  let plugged = 0;
  [...fleet.values()].forEach((dev) => {
    using guard = dev.unbindGuard();
    if (guard) plugged++;
  });
  return plugged;
}
