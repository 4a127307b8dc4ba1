// A generic Pool<T> made inside the section holds guarded parents and is dropped there.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

class Pool<T> {
  readonly #items: T[] = [];
  add(item: T): this {
    this.#items.push(item);
    return this;
  }
  map<R>(f: (item: T) => R): R[] {
    return this.#items.map(f);
  }
}

export function totalBars(devs: readonly GpuDevice[]): number {
  let total = 0;
  for (const dev of devs) {
    total +=
      dev.withUnbindGuard((parent) => {
        const pool = new Pool<pci.Device<device.Bound>>().add(parent);
        return pool.map((p) => p.resourceLen(0)).reduce((a, b) => a + b, 0);
      }) ?? 0;
  }
  return total;
}
