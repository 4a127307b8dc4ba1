// [class 8] A helper whose default parameter is a module Map stores the parent there; the caller relies on the default.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const byName = new Map<string, pci.Device<device.Bound>>();

function register(name: string, pdev: pci.Device<device.Bound>, registry = byName): void {
  registry.set(name, pdev);
}

export function publish(dev: GpuDevice): boolean {
  return (
    dev.withUnbindGuard((parent) => {
      register(dev.name, parent); // expect: bindsafe/no-leaked-unbind-guard
      return true;
    }) ?? false
  );
}
