// [class 7] A PCI fan controller hands a bound method of a poller holding its BAR to setInterval.
import type { device, pci } from '@bindsafe/kernel';
class Poller {
  constructor(private readonly regs: pci.Bar) {}
  tick(): void {
    this.regs.write32(this.regs.read32(0) + 1, 0);
  }
}
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-fan-bind',
  idTable: [{ vendor: 0x1af4, device: 0x1079 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-fan-bind').access(pdev.asRef());
    const poller = new Poller(bar);
    setInterval(poller.tick.bind(poller), 1000); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
