// A generic window table (`Slots<T extends { readonly size: number }>`) made in probe holds the Bars, and the driver data owns it; options merged with spread. [class 4]
import type { devres, pci } from '@bindsafe/kernel';

class Slots<T extends { readonly size: number }> {
  readonly #items = new Map<string, T>();

  add(name: string, item: T): this {
    this.#items.set(name, item);
    return this;
  }

  get(name: string): T | undefined {
    return this.#items.get(name);
  }

  get total(): number {
    let bytes = 0;
    for (const item of this.#items.values()) bytes += item.size;
    return bytes;
  }
}

interface DspOptions {
  readonly channels: number;
  readonly rate: number;
}

const defaults: DspOptions = { channels: 2, rate: 48_000 };

interface DspData {
  readonly regs: readonly devres.Devres<pci.Bar>[];
  readonly windows: Slots<pci.Bar>;
  readonly options: DspOptions;
}

export const dspDriver: pci.Driver<DspData, Partial<DspOptions>> = {
  name: 'held-dsp',
  idTable: [{ vendor: 0x8086, device: 0xa0c8, info: { channels: 8 } }],
  probe(pdev, info) {
    const dev = pdev.asRef();
    const regs = [pdev.iomapRegion(0, 'held-dsp'), pdev.iomapRegion(4, 'held-dsp-fifo')];
    const windows = new Slots<pci.Bar>();
    regs.forEach((r, i) => windows.add(`bar${i}`, r.access(dev)));
    const options: DspOptions = { ...defaults, ...info };
    windows.get('bar0')?.write32(options.channels, 0x08);
    dev.info(`mapped ${windows.total} bytes`);
    return { regs, windows, options };
  },
};
