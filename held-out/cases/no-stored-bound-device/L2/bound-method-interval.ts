// A poller's bound method, a closure over a poller holding the Bar, is handed to setInterval. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

class Poller {
  ticks = 0;
  constructor(private readonly bar: pci.Bar) {}
  tick(): void {
    this.ticks += this.bar.read32(0x8);
  }
}

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-l2-bind',
  idTable: [{ vendor: 0x1b36, device: 0x0035 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-l2-bind');
    const poller = new Poller(regs.access(pdev.asRef()));
    setInterval(poller.tick.bind(poller), 1000); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
