// Class driver data hides its Bar behind a getter/setter pair; unbind keeps only copies (a number, a string) in module lets.
import type { devres, pci } from '@bindsafe/kernel';

class FanData {
  readonly #bar: pci.Bar;

  constructor(
    readonly regs: devres.Devres<pci.Bar>,
    bar: pci.Bar,
  ) {
    this.#bar = bar;
  }

  get rpm(): number {
    return this.#bar.read32(0x10);
  }

  set duty(percent: number) {
    this.#bar.write32(Math.round(percent * 2.55), 0x14);
  }
}

let lastRpm = 0;
let lastDevice = '';

export const fanDriver: pci.Driver<FanData> = {
  name: 'held-fan',
  idTable: [{ vendor: 0x1022, device: 0x790b }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-fan');
    const data = new FanData(regs, regs.access(pdev.asRef()));
    data.duty = 40;
    return data;
  },
  unbind(pdev, data) {
    lastRpm = data.rpm;
    lastDevice = pdev.name;
  },
};

export function lastReading(): string {
  return `${lastDevice}: ${lastRpm} rpm`;
}
