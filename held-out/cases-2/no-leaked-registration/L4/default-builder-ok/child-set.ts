// A fluent set of auxiliary children owned by whoever owns the set.
import { auxiliary, type device } from '@bindsafe/kernel';

export default class ChildSet {
  readonly #children: auxiliary.Registration[] = [];
  constructor(private readonly dev: device.Device<device.Bound>) {}

  add(name: string): this {
    this.#children.push(auxiliary.Registration.new(this.dev, name, this.#children.length, 'held2_core'));
    return this;
  }

  get size(): number {
    return this.#children.length;
  }
}
