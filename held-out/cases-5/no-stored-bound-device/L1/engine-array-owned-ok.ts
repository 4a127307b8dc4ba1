// A PCI crypto card builds one Engine instance per BAR in probe and keeps them in an array the driver data owns. [class 4]
import type { devres, pci } from '@bindsafe/kernel';

class Engine {
  #jobs = 0;

  constructor(
    readonly index: number,
    private readonly bar: pci.Bar,
  ) {}

  submit(word: number): void {
    this.bar.write32(word, 0x100);
    this.#jobs += 1;
  }

  get jobs(): number {
    return this.#jobs;
  }
}

interface CryptoData {
  readonly regions: readonly devres.Devres<pci.Bar>[];
  readonly engines: readonly Engine[];
}

export const cryptoDriver: pci.Driver<CryptoData> = {
  name: 'held-crypto',
  idTable: [{ vendor: 0x1022, device: 0x1468 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    pdev.setMaster();
    const dev = pdev.asRef();
    const regions = [pdev.iomapRegion(0, 'held-crypto0'), pdev.iomapRegion(2, 'held-crypto2')];
    const engines = regions.map((r, i) => new Engine(i, r.access(dev)));
    for (const e of engines) e.submit(0);
    return { regions, engines };
  },
};
