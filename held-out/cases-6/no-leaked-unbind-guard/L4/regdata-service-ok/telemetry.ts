// A telemetry service owned by a display driver's registration data: it keeps the bars it sampled.
import type { pci } from '@bindsafe/kernel';

export class Telemetry {
  readonly #sampled: pci.Bar[] = [];

  record(bar: pci.Bar): number {
    this.#sampled.push(bar);
    return bar.read32(0);
  }

  get count(): number {
    return this.#sampled.length;
  }
}
