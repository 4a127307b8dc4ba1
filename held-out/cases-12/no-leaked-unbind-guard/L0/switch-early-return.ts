// A power-state handler opens a section by hand and forgets to release it on one switch arm. [class 1]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export enum PowerState {
  D0 = 0,
  D3Hot = 3,
  D3Cold = 4,
}

export function setPowerState(dev: GpuDevice, state: PowerState): number {
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (!guard) return -19;
  switch (state) {
    case PowerState.D0:
      guard.parent.asRef().info('resume to D0');
      break;
    case PowerState.D3Hot:
      guard.parent.asRef().info('suspend to D3hot');
      break;
    default:
      return -22;
  }
  guard.release();
  return 0;
}
