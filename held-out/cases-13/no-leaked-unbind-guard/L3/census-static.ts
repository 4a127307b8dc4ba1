// A fleet census class counts GPUs through a static method that files each parent in a static Map. [class 6]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

abstract class Census {
  static readonly #byVendor = new Map<number, pci.Device<device.Bound>[]>();
  static count(parent: pci.Device<device.Bound>): number {
    const list = Census.#byVendor.get(parent.vendorId) ?? [];
    Census.#byVendor.set(parent.vendorId, [...list, parent]);
    return list.length + 1;
  }
}

export const countAll = (devs: readonly GpuDevice[]): number[] =>
  devs.flatMap((dev) => {
    const n = dev.withUnbindGuard((parent) => Census.count(parent)); // expect: bindsafe/no-leaked-unbind-guard
    return n === undefined ? [] : [n];
  });
