// A runtime-resume path calls an imported helper object's method that returns a guard and discards it.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { pm } from './pm.js';

export function runtimeResume(dev: GpuDevice): number {
  pm.hold(dev); // expect: bindsafe/no-unchecked-unbind-guard
  dev.data.submitted = 0;
  return 0;
}
