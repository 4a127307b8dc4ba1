// A GPU unplug sequence drops the registration, then calls a helper that takes a guard to read the parent's revision. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function parentRevision(dev: drm.Device<GpuDrm>): number {
  using guard = dev.unbindGuard();
  return guard?.parent.revision ?? -1;
}

type Phase = { readonly tag: 'live'; readonly rev: number } | { readonly tag: 'gone'; readonly rev: number };

export async function unplug(reg: drm.Registration<GpuDrm>): Promise<Phase> {
  const dev = reg.device();
  await reg.drop();
  const rev = parentRevision(dev); // expect: bindsafe/no-unregistered-device-use
  return rev < 0 ? { tag: 'gone', rev } : { tag: 'live', rev };
}
