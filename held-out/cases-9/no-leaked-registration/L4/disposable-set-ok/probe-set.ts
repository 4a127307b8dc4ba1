import { auxiliary, type device } from '@bindsafe/kernel';

/** A batch of probe-time children, all dropped when the batch is disposed. */
export class ProbeSet implements Disposable {
  readonly #children: auxiliary.Registration[];

  private constructor(children: auxiliary.Registration[]) {
    this.#children = children;
  }

  static of(dev: device.Device<device.Bound>, ...names: string[]): ProbeSet {
    return new ProbeSet(names.map((n, i) => auxiliary.Registration.new(dev, n, i, 'held9_mux')));
  }

  get size(): number {
    return this.#children.length;
  }

  [Symbol.dispose](): void {
    for (const child of this.#children) void child.drop();
  }
}
