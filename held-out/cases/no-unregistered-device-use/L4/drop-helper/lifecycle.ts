// Lifecycle helpers: unplugging a DRM registration.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../_shared/gpu-drm.js';

export async function unplug(reg: drm.Registration<GpuDrm>, reason: string): Promise<string> {
  await reg.drop();
  return `${reg.device().name} unplugged: ${reason}`;
}
