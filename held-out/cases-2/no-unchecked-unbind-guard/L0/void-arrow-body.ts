// An arrow with a `void` expression body discards the guard. [class 7] [class 8]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export const touch = (dev: GpuDevice): void => void dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard

export const touchAll = (devs: readonly GpuDevice[]): number => {
  for (const d of devs) touch(d);
  return devs.length;
};
