// A same-file helper keeps its parameter in a module array; the caller hands it the parent.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

const recent: pci.Device<device.Bound>[] = [];

function remember(pdev: pci.Device<device.Bound>): void {
  recent.push(pdev);
  if (recent.length > 8) recent.shift();
}

export function touch(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  remember(guard.parent); // expect: bindsafe/no-leaked-unbind-guard
}
