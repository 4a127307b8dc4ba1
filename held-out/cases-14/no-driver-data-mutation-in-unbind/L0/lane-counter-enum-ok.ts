// A PCI serial card reads its per-lane counters through computed enum indexes and getters in unbind; it writes only the device registers. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

enum Lane {
  Tx = 0,
  Rx = 1,
}

class SerialCard {
  readonly counters: readonly number[];
  constructor(readonly bar: devres.Devres<pci.Bar>, counters: number[]) {
    this.counters = counters;
  }
  get total(): number {
    return this.counters.reduce((a, b) => a + b, 0);
  }
}

export const serialDriver: pci.Driver<SerialCard> = {
  name: 'acc-serial-ok',
  idTable: [{ vendor: 0x1415, device: 0xc159 }],
  probe(pdev) {
    const counters = [0, 0];
    counters[Lane.Tx] = 1;
    return new SerialCard(pdev.iomapRegion(0, 'acc-serial-ok'), counters);
  },
  unbind(pdev, data) {
    const bar = data.bar.access(pdev.asRef());
    bar.write32(data.counters[Lane.Tx] ?? 0, 0x20);
    bar.write32(data.total, 0x24);
  },
};
