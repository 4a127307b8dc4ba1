// A GPU hot-unplug path retires its registration through an imported staged teardown, then reads the parent through a guard. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { retire, type Stage } from './teardown/index.js';

export async function hotUnplug(reg: drm.Registration<GpuDrm>): Promise<readonly Stage[]> {
  const stages: Stage[] = [];
  const dev = reg.device();
  await retire(reg, (stage) => stages.push(stage));
  const vendor = dev.withUnbindGuard((parent) => parent.vendorId); // expect: bindsafe/no-unregistered-device-use
  if (vendor !== undefined) throw new Error(`parent ${vendor} still bound after unplug`);
  return stages;
}
