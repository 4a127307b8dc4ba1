// A PCI audio codec keeps its Bar in a #private field of a class instance that probe returns as the driver data.
import type { pci } from '@bindsafe/kernel';

class CodecState {
  readonly #bar: pci.Bar;
  #volume = 0;

  constructor(bar: pci.Bar) {
    this.#bar = bar;
  }

  get volume(): number {
    return this.#volume;
  }

  set volume(level: number) {
    this.#volume = Math.max(0, Math.min(100, level));
    this.#bar.write32(this.#volume, 0x20);
  }
}

export const driver: pci.Driver<CodecState> = {
  name: 'held8-codec-private',
  idTable: [{ vendor: 0x8086, device: 0xa348 }],
  probe(pdev) {
    const state = new CodecState(pdev.iomapRegion(0, 'hda').access(pdev.asRef()));
    state.volume = 40;
    return state;
  },
};
