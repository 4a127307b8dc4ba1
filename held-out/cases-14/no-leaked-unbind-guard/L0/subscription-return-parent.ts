// A subscription factory hands the caller the bound parent along with an unsubscribe function.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const handlers = new Set<(name: string) => void>();

export function subscribeName(handler: (name: string) => void): () => void {
  handlers.add(handler);
  return () => void handlers.delete(handler);
}

export function currentParent(dev: GpuDevice): pci.Device<device.Bound> | undefined {
  return dev.withUnbindGuard((parent) => {
    for (const handler of handlers) handler(parent.name);
    return parent; // expect: bindsafe/no-leaked-unbind-guard
  });
}
