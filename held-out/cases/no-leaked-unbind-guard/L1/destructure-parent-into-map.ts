// The parent, destructured from the guard, is kept in a module-level Map.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

const parents = new Map<string, pci.Device<device.Bound>>();

export function index(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const { parent } = guard;
  parents.set(dev.name, parent); // expect: bindsafe/no-leaked-unbind-guard
}
