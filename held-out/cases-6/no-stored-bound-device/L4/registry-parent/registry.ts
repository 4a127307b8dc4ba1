// Helper module: a dependency-injection container shared by several drivers.
export class Container {
  readonly #bindings: unknown[] = [];

  bind<T>(value: T): T {
    this.#bindings.push(value);
    return value;
  }

  get size(): number {
    return this.#bindings.length;
  }
}

export const container = new Container();
