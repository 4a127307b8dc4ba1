// An optional call of withUnbindGuard on the device after its registration was dropped. [class 5] [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export async function retire(reg: drm.Registration<GpuDrm>): Promise<number> {
  const dev = reg.device();
  await reg.drop();
  const rev = dev.withUnbindGuard?.((parent) => parent.revision); // expect: bindsafe/no-unregistered-device-use
  return rev ?? -1;
}
