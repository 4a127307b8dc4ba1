// A PCI thermal sensor polls from a timer that its destructor clears; the comment above the statement writing the callback covers it. [class 5]
import type { device, pci } from '@bindsafe/kernel';

export class ThermalData implements Disposable {
  readonly #timer: ReturnType<typeof setInterval>;
  #samples = 0;

  constructor(readonly dev: device.Device, periodMs = 500) {
    // SAFETY: the interval is cleared by the driver data's destructor, which runs before the
    // device is unbound, so the device is bound whenever the callback runs.
    this.#timer = setInterval(() => {
      this.#samples++;
      this.dev.unsafeAsBound().info(`sample #${this.#samples}`);
    }, periodMs);
  }

  static from = (pdev: pci.Device, periodMs?: number): ThermalData => new ThermalData(pdev.asRef().toNormal(), periodMs);

  [Symbol.dispose](): void {
    clearInterval(this.#timer);
  }
}
