// A dual-GPU switcher enters the active GPU picked by a conditional and asserts the result. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export type Active = 'integrated' | 'discrete';

export function activeVendor(igpu: GpuDevice, dgpu: GpuDevice, active: Active): number {
  using guard = (active === 'integrated' ? igpu.unbindGuard() : dgpu.unbindGuard())!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.vendorId;
}
