// A curried helper: the outer call picks the store, the inner call puts the value in it. [class 7]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const seen = new Map<string, pci.Device<device.Bound>>();

function keepIn(store: Map<string, pci.Device<device.Bound>>) {
  return (key: string, value: pci.Device<device.Bound>): void => {
    store.set(key, value);
  };
}

export function track(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  keepIn(seen)(dev.name, guard.parent); // expect: bindsafe/no-leaked-unbind-guard
}
