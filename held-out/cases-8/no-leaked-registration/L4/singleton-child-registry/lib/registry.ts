// Helper module: a module-level singleton that remembers every child ever spawned.
import { auxiliary, type device } from '@bindsafe/kernel';

export class ChildRegistry {
  static readonly instance = new ChildRegistry();
  readonly #children = new Set<auxiliary.Registration>();

  private constructor() {}

  get size(): number {
    return this.#children.size;
  }

  spawn(parent: device.Device<device.Bound>, name: string): void {
    this.#children.add(auxiliary.Registration.new(parent, name, this.#children.size, 'held8_accel'));
  }
}
