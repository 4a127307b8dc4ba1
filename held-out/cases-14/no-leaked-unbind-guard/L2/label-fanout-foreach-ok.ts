// A label router fans each subscriber label out to the device id it should report, inside a forEach. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const routes = new Map<string, number>();

export function route(dev: GpuDevice, labels: readonly string[]): void {
  dev.withUnbindGuard((parent) => {
    labels.forEach((label) => {
      routes.set(label, parent.deviceId);
    });
  });
}

export function routed(label: string): boolean {
  return routes.has(label);
}
