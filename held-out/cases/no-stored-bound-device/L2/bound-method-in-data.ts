// The same bound method called once and kept in the driver data. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

class Poller {
  ticks = 0;
  constructor(private readonly bar: pci.Bar) {}
  tick(): void {
    this.ticks += this.bar.read32(0x8);
  }
}

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly tick: () => void;
}

export const driver: pci.Driver<Data> = {
  name: 'held-l2-bind-data',
  idTable: [{ vendor: 0x1b36, device: 0x0036 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-l2-bind-data');
    const poller = new Poller(regs.access(pdev.asRef()));
    const tick = poller.tick.bind(poller);
    tick();
    return { regs, tick };
  },
};
