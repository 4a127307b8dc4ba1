// A promise resolved with a toNormal() handle and a number: fine. [class 8]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function parentHandle(dev: GpuDevice): Promise<pci.Device | undefined> {
  return new Promise((resolve) => {
    dev.withUnbindGuard((parent) => resolve(parent.toNormal()));
  });
}

export function revisionSoon(dev: GpuDevice): Promise<number> {
  const { promise, resolve } = Promise.withResolvers<number>();
  queueMicrotask(() => resolve(dev.withUnbindGuard((parent) => parent.revision) ?? -1));
  return promise;
}
