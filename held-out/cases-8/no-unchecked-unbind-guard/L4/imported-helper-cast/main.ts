// [class 8] A caller casts the result of an imported helper that passes the guard on.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { enterDisplay } from './display.js';

export function displayVram(dev: GpuDevice): number {
  using guard = enterDisplay(dev) as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_p, data) => data.vramSize);
}
