// A clock-gating module keeps an arrow helper for entering and casts its result at the caller. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const enter = (dev: GpuDevice) => dev.unbindGuard();

export const enum Gate {
  Off = 0,
  On = 1,
}

export function gateClocks(dev: GpuDevice, gate: Gate): void {
  using guard = enter(dev) as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
  guard.registrationDataWith((_parent, data) => data.bar.write32(gate, 0x600));
}
