// The data's own class method that mutates (under its own discipline): not reported.
import type { pci } from '@bindsafe/kernel';

class Fences {
  readonly #pending = new Map<number, string>();
  signal(id: number): void {
    this.#pending.delete(id);
  }
  drain(): number {
    const n = this.#pending.size;
    this.#pending.clear();
    return n;
  }
}

export const driver: pci.Driver<{ readonly fences: Fences }> = {
  name: 'held-nddm-l3-own',
  idTable: [{ vendor: 0x8086, device: 0x4032 }],
  probe() {
    return { fences: new Fences() };
  },
  unbind(pdev, data) {
    data.fences.signal(0);
    pdev.asRef().info(`drained ${data.fences.drain()}`);
  },
};
