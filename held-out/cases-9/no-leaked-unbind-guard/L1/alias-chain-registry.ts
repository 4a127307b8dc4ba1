// The parent goes through two aliases before landing in a module-level registry array [class 6].
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const activeParents: pci.Device<device.Bound>[] = [];

export function register(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const parent = guard.parent;
  const entry = parent;
  activeParents.push(entry); // expect: bindsafe/no-leaked-unbind-guard
}
