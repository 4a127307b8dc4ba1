// Helper module for class-pool-not-disposed.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
export class ChildPool implements Disposable {
  readonly #regs = new Set<auxiliary.Registration>();

  add(reg: auxiliary.Registration): this {
    this.#regs.add(reg);
    return this;
  }

  get size(): number {
    return this.#regs.size;
  }

  [Symbol.dispose](): void {
    for (const reg of this.#regs) void reg.drop();
  }
}
