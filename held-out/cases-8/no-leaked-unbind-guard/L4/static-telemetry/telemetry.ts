// Helper module: a telemetry class that keeps the last device it was given in a static field.
import type { device, pci } from '@bindsafe/kernel';

export class Telemetry {
  static #last: pci.Device<device.Bound> | undefined;
  static #count = 0;

  static attach(pdev: pci.Device<device.Bound>): void {
    Telemetry.#last = pdev;
    Telemetry.#count++;
  }

  static get count(): number {
    return Telemetry.#count;
  }

  static get hasDevice(): boolean {
    return Telemetry.#last !== undefined;
  }
}
