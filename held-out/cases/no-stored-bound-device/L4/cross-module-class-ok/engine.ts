// A per-binding engine object: created in probe and owned by the driver data.
import type { device, pci } from '@bindsafe/kernel';

export class Engine {
  #runs = 0;
  constructor(
    private readonly dev: device.Device<device.Bound>,
    private readonly bar: pci.Bar,
  ) {}
  kick(): number {
    this.bar.write32(++this.#runs, 0x10);
    this.dev.info(`engine run ${this.#runs}`);
    return this.#runs;
  }
}
