// A set of auxiliary children that drops them all when disposed.
import { auxiliary, type device } from '@bindsafe/kernel';

export class ChildSet implements AsyncDisposable {
  readonly #children: auxiliary.Registration[];

  private constructor(children: auxiliary.Registration[]) {
    this.#children = children;
  }

  static create(parent: device.Device<device.Bound>, modname: string, names: readonly string[]): ChildSet {
    return new ChildSet(names.map((n, i) => auxiliary.Registration.new(parent, n, i, modname)));
  }

  get names(): string[] {
    return this.#children.map((c) => c.name);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await Promise.all(this.#children.map((c) => c.drop()));
  }
}
