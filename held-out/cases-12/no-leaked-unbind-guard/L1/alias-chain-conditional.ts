// A hot-plug monitor keeps a "preferred" parent chosen by a conditional over two aliases. [class 6]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let preferred: pci.Device<device.Bound> | undefined;

export function consider(dev: GpuDevice, minRevision: number): void {
  using guard = dev.unbindGuard();
  if (guard?.parent === undefined) return;
  const candidate = guard.parent;
  const current = preferred;
  const pick = current && current.revision >= minRevision ? current : candidate;
  preferred = pick; // expect: bindsafe/no-leaked-unbind-guard
}
