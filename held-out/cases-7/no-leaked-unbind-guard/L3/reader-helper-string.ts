// [class 2] A same-file helper formats the parent's ids; only the returned string goes into a module Set.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const seenIds = new Set<string>();

function formatId(pdev: pci.Device<device.Bound>, sep = ':'): string {
  return [pdev.vendorId, pdev.deviceId, pdev.revision].map((n) => n.toString(16)).join(sep);
}

export function recordId(dev: GpuDevice): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  const id = formatId(guard.parent);
  seenIds.add(id);
  return seenIds.size > 0;
}
