// Resolving a promise with a number read inside the section is fine. [class 8]
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function vramLater(dev: GpuDevice): Promise<number> {
  const { promise, resolve } = Promise.withResolvers<number>();
  const size = dev.withUnbindGuard((parent) => parent.resourceLen(1));
  resolve(size ?? 0);
  return promise;
}
