// Subsystem telemetry: a tracker class sampling every BAR it was given; each port makes its own.
import type { pci } from '@bindsafe/kernel';

const REG_ERRCNT = 0x50;

export default class Telemetry {
  readonly #bars: pci.Bar[] = [];

  track(bar: pci.Bar): void {
    this.#bars.push(bar);
  }

  sample(): number {
    let sum = 0;
    for (let i = 0; i < this.#bars.length; i++) sum += this.#bars[i]?.read32(REG_ERRCNT) ?? 0;
    return sum;
  }
}
