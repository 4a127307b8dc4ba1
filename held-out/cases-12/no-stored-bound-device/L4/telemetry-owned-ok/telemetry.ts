import type { device } from '@bindsafe/kernel';

export class Telemetry {
  readonly #byName = new Map<string, device.Device<device.Bound>>();
  record(dev: device.Device<device.Bound>): void {
    this.#byName.set(dev.name, dev);
  }
  get size(): number {
    return this.#byName.size;
  }
}

/** The process-wide telemetry sink. */
export const telemetry = new Telemetry();
