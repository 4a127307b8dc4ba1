// A PCI thermal sensor polls from a timer that its destructor clears; the timer callback asks for the bound view bare. [class 5]
import type { device, pci } from '@bindsafe/kernel';

export class ThermalData implements Disposable {
  readonly #timer: ReturnType<typeof setInterval>;
  #samples = 0;

  constructor(readonly dev: device.Device, periodMs = 500) {
    this.#timer = setInterval(() => {
      this.#samples++;
      this.dev.unsafeAsBound().info(`sample #${this.#samples}`); // expect: bindsafe/require-safety-comment
    }, periodMs);
  }

  static from = (pdev: pci.Device, periodMs?: number): ThermalData => new ThermalData(pdev.asRef().toNormal(), periodMs);

  [Symbol.dispose](): void {
    clearInterval(this.#timer);
  }
}
