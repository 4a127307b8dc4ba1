// Drops every DRM node of a video pipeline at once.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export async function dropAll(regs: readonly drm.Registration<GpuDrm>[]): Promise<void> {
  await Promise.all(regs.map((r) => r.drop()));
}
