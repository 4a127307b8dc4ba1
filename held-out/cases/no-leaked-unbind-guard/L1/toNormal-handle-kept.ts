// Handles made from the guarded parent (toNormal) may be stored anywhere.
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

const handles = new Set<pci.Device>();
let newest: pci.Device | undefined;

export function track(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const { parent } = guard;
  newest = parent.toNormal();
  handles.add(newest);
}
