// A fleet-wide "touch" hands each device's guard back to `forEach`, which drops it. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function touchAll(fleet: ReadonlyMap<string, GpuDevice>): number {
  [...fleet.values()].forEach((dev) => dev.unbindGuard()); // expect: bindsafe/no-unchecked-unbind-guard
  return fleet.size;
}
