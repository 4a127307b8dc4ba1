// A power-state switch checks the device is plugged with a guard it releases through `using`.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export const enum PowerState {
  D0,
  D3Hot,
  D3Cold,
}

export function setPowerState(dev: GpuDevice, next: PowerState): string {
  switch (next) {
    case PowerState.D0:
      return 'on';
    case PowerState.D3Hot:
    case PowerState.D3Cold: {
      using guard = dev.unbindGuard();
      if (guard === undefined) return 'gone';
      return guard.parent.revision > 1 ? 'off' : 'off-legacy';
    }
  }
}
