// A broadcast "wake" over a Set of devices returns unbindGuard() to forEach, which discards it.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export const attached = new Set<GpuDevice>();

export function wakeAll(): number {
  attached.forEach((dev) => dev.unbindGuard()); // expect: bindsafe/no-unchecked-unbind-guard
  return attached.size;
}
