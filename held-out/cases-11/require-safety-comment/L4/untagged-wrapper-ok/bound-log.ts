// An untagged service class whose methods justify their own unsafe calls.
import type { device } from '@bindsafe/kernel';

export class ProbeLog {
  readonly #lines: string[] = [];

  write(dev: device.Device, text: string): void {
    this.#lines.push(text);
    // SAFETY: ProbeLog is only used inside probe, while `dev` is bound to this driver.
    dev.unsafeAsBound().info(text);
  }

  get count(): number {
    return this.#lines.length;
  }
}

export const probeLog = new ProbeLog();
