/**
 * One device-managed resource (a devres node): released at unbind, or earlier by its owner.
 *
 * Invariants: `release` runs the release action at most once, whoever calls it first; later calls
 * return the same promise.
 */
export class ManagedResource {
  readonly label: string;
  readonly #action: () => void | Promise<void>;
  #released: Promise<void> | undefined;

  constructor(label: string, action: () => void | Promise<void>) {
    this.label = label;
    this.#action = action;
  }

  get released(): boolean {
    return this.#released !== undefined;
  }

  release(): Promise<void> {
    this.#released ??= (async () => this.#action())();
    return this.#released;
  }
}

/**
 * The devres list of one binding: every `Devres`, `devres.register`ed value, I/O mapping and IRQ
 * created during the binding, released in reverse order of creation at unbind
 * (`devres_release_all`).
 *
 * Invariants: each resource is released exactly once; after `releaseAll` starts, resources added
 * are released immediately.
 */
export class ResourceList {
  readonly #resources: ManagedResource[] = [];
  #closed = false;

  add(label: string, action: () => void | Promise<void>): ManagedResource {
    const resource = new ManagedResource(label, action);
    this.#resources.push(resource);
    // Unreachable through the public API (adding needs a live binding); kept safe anyway.
    if (this.#closed) void resource.release().catch(() => undefined);
    return resource;
  }

  get size(): number {
    return this.#resources.length;
  }

  /** Releases everything still held, newest first; collects errors instead of stopping. */
  async releaseAll(): Promise<unknown[]> {
    this.#closed = true;
    const errors: unknown[] = [];
    for (const resource of [...this.#resources].reverse()) {
      try {
        await resource.release();
      } catch (error) {
        errors.push(error);
      }
    }
    return errors;
  }
}
