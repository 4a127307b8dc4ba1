// A power-state query returns an errno when the guard is undefined, then switches over an enum.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export enum PowerState {
  D0,
  D3Hot,
}

const ENODEV = 19;

export function powerQuery(dev: GpuDevice, state: PowerState): number {
  using guard = dev.unbindGuard();
  if (!guard) return -ENODEV;
  switch (state) {
    case PowerState.D0:
      return guard.parent.resourceLen(0);
    case PowerState.D3Hot:
      return 0;
  }
}
