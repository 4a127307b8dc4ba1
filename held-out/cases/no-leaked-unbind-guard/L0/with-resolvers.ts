// Promise.withResolvers().resolve(x) resolves a promise with a guarded value. [class 8]
import type { GpuDevice, GpuRegData } from '../../_shared/gpu-drm.js';

export function regDataPromise(dev: GpuDevice): Promise<GpuRegData> {
  const { promise, resolve, reject } = Promise.withResolvers<GpuRegData>();
  using guard = dev.unbindGuard();
  if (!guard) {
    reject(new Error('unplugged'));
    return promise;
  }
  guard.registrationDataWith((_parent, data) => resolve(data)); // expect: bindsafe/no-leaked-unbind-guard
  return promise;
}
