// A PCI hardware RNG class driver counts unbinds in a static-factory-made instance's own field; the data is only read.
import type { device, devres, pci } from '@bindsafe/kernel';

interface RngData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly entropyBits: number;
}

export class HwRngDriver implements pci.Driver<RngData> {
  readonly name = 'h8-hwrng';
  readonly idTable = [{ vendor: 0x8086, device: 0x2c8e }];
  #unbinds = 0;
  #lastEntropy = 0;

  private constructor() {}

  static create(): HwRngDriver {
    return new HwRngDriver();
  }

  get unbindCount(): number {
    return this.#unbinds;
  }

  probe(pdev: pci.Device<device.Core>): RngData {
    return { bar: pdev.iomapRegion(0, 'h8-hwrng'), entropyBits: 256 };
  }

  unbind(pdev: pci.Device<device.Core>, data: Readonly<RngData>): void {
    this.#unbinds++;
    this.#lastEntropy = data.entropyBits;
    data.bar.access(pdev.asRef()).write32(0, 0x00);
  }
}

export const hwRngDriver = HwRngDriver.create();
