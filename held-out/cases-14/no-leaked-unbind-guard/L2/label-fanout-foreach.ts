// A label router fans each subscriber label out to the device it should query, inside a forEach. [class 7]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const routes = new Map<string, pci.Device<device.Bound>>();

export function route(dev: GpuDevice, labels: readonly string[]): void {
  dev.withUnbindGuard((parent) => {
    labels.forEach((label) => {
      routes.set(label, parent); // expect: bindsafe/no-leaked-unbind-guard
    });
  });
}

export function routed(label: string): boolean {
  return routes.has(label);
}
