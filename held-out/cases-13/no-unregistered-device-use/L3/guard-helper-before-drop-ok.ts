// A GPU unplug sequence reads the parent's revision through a guard-taking helper, then drops the registration. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function parentRevision(dev: drm.Device<GpuDrm>): number {
  using guard = dev.unbindGuard();
  return guard?.parent.revision ?? -1;
}

type Phase = { readonly tag: 'live'; readonly rev: number } | { readonly tag: 'gone'; readonly rev: number };

export async function unplug(reg: drm.Registration<GpuDrm>): Promise<Phase> {
  const dev = reg.device();
  const rev = parentRevision(dev);
  await reg.drop();
  return rev < 0 ? { tag: 'gone', rev } : { tag: 'live', rev };
}
