import { auxiliary, type device } from '@bindsafe/kernel';

/** A module-level pool of spare children, shared by every bound card. */
class ChildPool {
  static readonly shared = new ChildPool();
  readonly #spares: auxiliary.Registration[] = [];

  private constructor() {}

  adopt(dev: device.Device<device.Bound>, name: string): number {
    this.#spares.push(auxiliary.Registration.new(dev, name, this.#spares.length, 'held9_pool'));
    return this.#spares.length;
  }
}

export const pool = ChildPool.shared;
