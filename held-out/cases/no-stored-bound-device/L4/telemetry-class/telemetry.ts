// A process-wide telemetry service; it remembers the devices it has seen.
import type { device } from '@bindsafe/kernel';

export class Telemetry {
  readonly #devices: device.Device<device.Bound>[] = [];
  track(dev: device.Device<device.Bound>): number {
    this.#devices.push(dev);
    return this.#devices.length;
  }
}

export const telemetry = new Telemetry();
