// A helper from another module (through a barrel) returns the guard; the caller casts it. [class 3] [class 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { tryEnter } from './index.js';

export function logCount(dev: GpuDevice): number {
  using guard = tryEnter(dev) as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_parent, data) => data.log.length);
}
