// A same-file helper returns a guard only in runtime-PM states where the GPU is powered (a `switch` with fall-through); its caller checks the result. [class 1]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export type RpmState = 'active' | 'resuming' | 'suspending' | 'suspended';

const POWER_COUNTER = 0x700;

function enterIfPowered(dev: drm.Device<GpuDrm>, state: RpmState): drm.UnbindGuard<GpuDrm> | undefined {
  switch (state) {
    case 'active':
    case 'resuming':
      return dev.unbindGuard();
    case 'suspending':
    case 'suspended':
      return undefined;
  }
}

export function readPowerCounter(dev: drm.Device<GpuDrm>, state: RpmState): number {
  using guard = enterIfPowered(dev, state);
  if (!guard) return 0;
  return guard.registrationDataWith((_parent, data) => data.bar.read32(POWER_COUNTER));
}
