// A subscription factory tells handlers the parent's name and returns only its device id.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const handlers = new Set<(name: string) => void>();

export function subscribeName(handler: (name: string) => void): () => void {
  handlers.add(handler);
  return () => void handlers.delete(handler);
}

export function currentDeviceId(dev: GpuDevice): number | undefined {
  return dev.withUnbindGuard((parent) => {
    for (const handler of handlers) handler(parent.name);
    return parent.deviceId;
  });
}
