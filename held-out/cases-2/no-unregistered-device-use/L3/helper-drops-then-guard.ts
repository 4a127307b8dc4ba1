// A same-file async helper drops the registration; the caller then takes a guard on its device. [class 5] [class 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

async function teardown(reg: drm.Registration<GpuDrm>, why: string): Promise<void> {
  console.log(`dropping: ${why}`);
  await reg.drop();
}

export async function reset(reg: drm.Registration<GpuDrm>): Promise<number> {
  const dev = reg.device();
  await teardown(reg, 'reset');
  const rev = dev.withUnbindGuard((parent) => parent.revision); // expect: bindsafe/no-unregistered-device-use
  return rev ?? -1;
}
