// The module-level telemetry service shared by every driver of the board support package: it keeps Device<Normal> handles.
import type { device } from '@bindsafe/kernel';

export class Telemetry {
  readonly #seen = new Map<string, device.Device>();
  track(dev: device.Device): void {
    this.#seen.set(dev.name, dev);
  }
  get tracked(): number {
    return this.#seen.size;
  }
}

export const telemetry = new Telemetry();
