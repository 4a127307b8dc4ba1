// A PCI serial card keeps per-lane counters in an array indexed by a const enum; unbind zeroes one through a computed index. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

const enum Lane {
  Tx = 0,
  Rx = 1,
}

class SerialCard {
  readonly counters: number[] = [0, 0];
  constructor(readonly bar: devres.Devres<pci.Bar>) {}
  get tx(): number {
    return this.counters[Lane.Tx] ?? 0;
  }
  get rx(): number {
    return this.counters[Lane.Rx] ?? 0;
  }
}

export const serialDriver: pci.Driver<SerialCard> = {
  name: 'acc-serial',
  idTable: [{ vendor: 0x1415, device: 0xc158 }],
  probe: (pdev) => new SerialCard(pdev.iomapRegion(0, 'acc-serial')),
  unbind(pdev, data) {
    pdev.asRef().info(`acc-serial: tx=${data.tx} rx=${data.rx}`);
    data.counters[Lane.Rx] = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
