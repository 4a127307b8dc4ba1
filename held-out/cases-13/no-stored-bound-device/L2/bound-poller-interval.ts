// A PCI fan controller driver polls its tachometer with setInterval(poller.tick.bind(poller)); the poller object probe made holds the mapped BAR. [class 7]
import type { device, devres, pci } from '@bindsafe/kernel';

class TachPoller {
  #rpm = 0;
  constructor(private readonly bar: pci.Bar, readonly register: number) {}
  tick(): void {
    this.#rpm = this.bar.read16(this.register) * 60;
  }
  get rpm(): number {
    return this.#rpm;
  }
}

class FanData {
  constructor(readonly regs: devres.Devres<pci.Bar>, readonly timer: ReturnType<typeof setInterval>) {}
}

export const fanDriver: pci.Driver<FanData> = {
  name: 'nct_fan_lite',
  idTable: [{ vendor: 0x1050, device: 0x6775 }],
  probe(pdev: pci.Device<device.Core>) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'nct');
    const poller = new TachPoller(regs.access(pdev.asRef()), 0x28);
    const timer = setInterval(poller.tick.bind(poller), 1000); // expect: bindsafe/no-stored-bound-device
    return new FanData(regs, timer);
  },
};
