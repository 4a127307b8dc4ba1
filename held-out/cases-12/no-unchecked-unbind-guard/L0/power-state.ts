// A power-state switch pokes the device with `void` on the D3 transition, discarding the guard.
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
    case PowerState.D3Cold:
      void dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
      return 'off';
  }
}
