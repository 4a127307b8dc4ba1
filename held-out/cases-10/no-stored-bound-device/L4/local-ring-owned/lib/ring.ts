import type { device, pci } from '@bindsafe/kernel';
export class Ring<T> {
  readonly #items: T[] = [];
  push(item: T): void {
    this.#items.push(item);
  }
  get length(): number {
    return this.#items.length;
  }
}
