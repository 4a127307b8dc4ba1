// A PCI thermal poller object holds the BAR; `poller.tick.bind(poller)` is handed to setInterval, so the timer keeps the BAR. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

interface Poller {
  readonly bar: pci.Bar;
  lastMilliC: number;
  tick(): void;
}

interface ThermalData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly timer: ReturnType<typeof setInterval>;
}

export const thermalDriver: pci.Driver<ThermalData> = {
  name: 'held-thermal',
  idTable: [{ vendor: 0x8086, device: 0x9a03 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held-thermal');
    const poller: Poller = {
      bar: regs.access(pdev.asRef()),
      lastMilliC: 0,
      tick() {
        this.lastMilliC = this.bar.read32(0x5994) * 1000;
      },
    };
    const timer = setInterval(poller.tick.bind(poller), 500); // expect: bindsafe/no-stored-bound-device
    return { regs, timer };
  },
  unbind(_pdev, data) {
    clearInterval(data.timer);
  },
};
