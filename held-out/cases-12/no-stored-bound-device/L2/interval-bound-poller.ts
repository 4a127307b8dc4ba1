// A fan controller polls its tachometer with setInterval(poller.tick.bind(poller)) over an object holding the Bar [class 7]
import type { devres, pci } from '@bindsafe/kernel';

class TachPoller {
  rpm = 0;
  constructor(private readonly bar: pci.Bar) {}
  tick(): void {
    this.rpm = this.bar.read16(0x10);
  }
}

export const fanDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'fan-lite',
  idTable: [{ vendor: 0x1022, device: 0x790b }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'fan');
    const poller = new TachPoller(regs.access(pdev.asRef()));
    setInterval(poller.tick.bind(poller), 1000); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
