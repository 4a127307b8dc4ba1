// The hot-plug monitor keeps a handle chosen by a conditional: toNormal() of the candidate. [class 2]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let preferred: { readonly handle: pci.Device; readonly revision: number } | undefined;

export function consider(dev: GpuDevice, minRevision: number): void {
  using guard = dev.unbindGuard();
  if (guard === undefined) return;
  const candidate = guard.parent;
  const current = preferred;
  preferred = current && current.revision >= minRevision ? current : { handle: candidate.toNormal(), revision: candidate.revision };
}
