// A power-state setter releases its guard after the `switch`, but fall-through cases return from inside it first. [class 1]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export type PowerState = 'd0' | 'd1' | 'd2' | 'd3hot' | 'd3cold';

const PM_CTRL = 0x44;
const EOPNOTSUPP = -95;
const EINVAL = -22;

export function setPowerState(dev: drm.Device<GpuDrm>, state: PowerState): number {
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (!guard) return -19;
  let value = 0;
  switch (state) {
    case 'd3hot':
    case 'd3cold':
      if (guard.parent.revision < 0xa1) return EOPNOTSUPP;
      value = 3;
      break;
    case 'd1':
    case 'd2':
      return EINVAL;
    case 'd0':
    default:
      value = 0;
  }
  guard.registrationDataWith((_parent, data) => data.bar.write32(value, PM_CTRL));
  guard.release();
  return 0;
}
