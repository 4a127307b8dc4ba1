// A fleet census class counts GPUs through a static method that files each parent's device id in a static Map. [class 2]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

abstract class Census {
  static readonly #byVendor = new Map<number, readonly number[]>();
  static count(vendorId: number, deviceId: number): number {
    const list = Census.#byVendor.get(vendorId) ?? [];
    Census.#byVendor.set(vendorId, [...list, deviceId]);
    return list.length + 1;
  }
}

export const countAll = (devs: readonly GpuDevice[]): number[] =>
  devs.flatMap((dev) => {
    const n = dev.withUnbindGuard(({ vendorId, deviceId }) => Census.count(vendorId, deviceId));
    return n === undefined ? [] : [n];
  });
