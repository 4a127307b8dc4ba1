// A process-wide device registry (a lazily made singleton) adopts each parent it is told about. [class 6]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

class Registry {
  static #instance: Registry | undefined;
  readonly #members: pci.Device<device.Bound>[] = [];

  static shared(): Registry {
    return (Registry.#instance ??= new Registry());
  }

  adopt(member: pci.Device<device.Bound>): void {
    this.#members.push(member);
  }

  get size(): number {
    return this.#members.length;
  }
}

export function enroll(dev: GpuDevice): number {
  return (
    dev.withUnbindGuard((parent) => {
      Registry.shared().adopt(parent); // expect: bindsafe/no-leaked-unbind-guard
      return Registry.shared().size;
    }) ?? 0
  );
}
