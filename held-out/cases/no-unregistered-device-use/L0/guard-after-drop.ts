// A guard taken on the device after its registration was dropped.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../_shared/gpu-drm.js';

export async function shutdown(reg: drm.Registration<GpuDrm>): Promise<number> {
  const dev = reg.device();
  await reg.drop();
  const left = dev.withUnbindGuard((parent) => parent.revision); // expect: bindsafe/no-unregistered-device-use
  return left ?? 0;
}
