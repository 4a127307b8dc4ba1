// A generic Pool<T> at module level stores what its `add` is given; probe adds its Bar.
import type { devres, pci } from '@bindsafe/kernel';

class Pool<T> implements Iterable<T> {
  readonly #items: T[] = [];
  add(item: T): number {
    this.#items.push(item);
    return this.#items.length;
  }
  *[Symbol.iterator](): Iterator<T> {
    yield* this.#items;
  }
}

export const barPool = new Pool<pci.Bar>();

export const pooledDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly slot: number }> = {
  name: 'held-pooled',
  idTable: [{ vendor: 0x10b5, device: 0x9656 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-pooled');
    const slot = barPool.add(regs.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    return { regs, slot };
  },
};
