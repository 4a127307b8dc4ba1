// The power-state handler releases its hand-held section in finally, on every switch arm. [class 1]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export enum PowerState {
  D0 = 0,
  D3Hot = 3,
  D3Cold = 4,
}

export function setPowerState(dev: GpuDevice, state: PowerState): number {
  const guard = dev.unbindGuard();
  if (!guard) return -19;
  try {
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
    return 0;
  } finally {
    guard.release();
  }
}
