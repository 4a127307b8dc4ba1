// The dual-GPU switcher picks a result with a conditional and falls back to the other GPU with ??. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export type Active = 'integrated' | 'discrete';

export function activeVendor(igpu: GpuDevice, dgpu: GpuDevice, active: Active): number | undefined {
  using guard = active === 'integrated' ? igpu.unbindGuard() : dgpu.unbindGuard();
  return guard?.parent.vendorId;
}
