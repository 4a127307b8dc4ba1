// Helper module: a service object with a static factory that makes and keeps the children.
import { auxiliary, type device } from '@bindsafe/kernel';

export class ChildManager {
  readonly #children: auxiliary.Registration[] = [];

  private constructor() {}

  static create(parent: device.Device<device.Bound>, ...names: string[]): ChildManager {
    const manager = new ChildManager();
    for (const name of names) {
      manager.#children.push(auxiliary.Registration.new(parent, name, manager.#children.length, 'held8_tpu2'));
    }
    return manager;
  }

  get count(): number {
    return this.#children.length;
  }
}
