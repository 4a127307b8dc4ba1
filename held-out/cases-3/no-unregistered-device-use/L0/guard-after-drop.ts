// A self-test unplugs the registration, then still asks its device for a guard.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export async function unplugTest(reg: drm.Registration<GpuDrm>): Promise<string> {
  const dev = reg.device();
  await reg.drop();
  using guard = dev.unbindGuard(); // expect: bindsafe/no-unregistered-device-use
  if (!guard) return `${dev.name}: unplugged`;
  return `${dev.name}: still reachable`;
}
