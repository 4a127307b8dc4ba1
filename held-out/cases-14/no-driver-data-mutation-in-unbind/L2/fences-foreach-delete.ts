// A PCI GPU retires old fences from its data's Map inside the Map's own forEach callback in unbind. [class 7]
import type { pci } from '@bindsafe/kernel';

class FenceRing {
  readonly byseq = new Map<number, { readonly ctx: string; signalled: boolean }>();
  #last = 0;
  get lastSignalled(): number {
    return this.#last;
  }
  signal(seq: number): void {
    this.#last = Math.max(this.#last, seq);
  }
}

export const gpuDriver: pci.Driver<{ readonly fences: FenceRing; readonly sku: string }> = {
  name: 'acc-gpu2',
  idTable: [{ vendor: 0x10de, device: 0x2204 }],
  probe(pdev) {
    const fences = new FenceRing();
    const sku = `sku-${pdev.revision}`;
    return {
      fences,
      get sku(): string {
        return sku;
      },
    };
  },
  unbind(pdev, data) {
    const horizon = data.fences.lastSignalled;
    data.fences.byseq.forEach((fence, seq) => {
      if (seq <= horizon) data.fences.byseq.delete(seq); // expect: bindsafe/no-driver-data-mutation-in-unbind
    });
  },
};
