// A GPU self-test unplugs its DRM registration and then tries to confirm the parent through a fresh guard. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export type SelfTest = { readonly ok: true; readonly vendor: number } | { readonly ok: false; readonly reason: string };

export async function unplugSelfTest(reg: drm.Registration<GpuDrm>): Promise<SelfTest> {
  const dev = reg.device();
  await reg.drop();
  using guard = dev.unbindGuard(); // expect: bindsafe/no-unregistered-device-use
  if (!guard) return { ok: true, vendor: 0 };
  return { ok: false, reason: `still bound to ${guard.parent.vendorId.toString(16)}` };
}
