// [class 8] A cast to NonNullable<ReturnType<…>> of an imported helper re-exported with export *.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { enterGpu } from './lib/index.js';

export function gpuLogLength(dev: GpuDevice): number {
  using guard = enterGpu(dev) as NonNullable<ReturnType<typeof enterGpu>>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_p, data) => data.log.length);
}
