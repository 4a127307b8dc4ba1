// A GPU self-test confirms the parent through a guard, releases it, unplugs the registration and reports by name. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export type SelfTest = { readonly ok: true; readonly vendor: number; readonly name: string } | { readonly ok: false; readonly reason: string };

function vendorOf(dev: drm.Device<GpuDrm>): number | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  return guard.parent.vendorId;
}

export async function unplugSelfTest(reg: drm.Registration<GpuDrm>): Promise<SelfTest> {
  const dev = reg.device();
  const vendor = vendorOf(dev);
  if (vendor === undefined) return { ok: false, reason: 'already unplugged' };
  await reg.drop();
  return { ok: true, vendor, name: dev.name };
}
