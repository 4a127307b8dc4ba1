// Inside a multi-line fluent chain, the SAFETY comment sits on the line right before the unsafe call.
import type { device } from '@bindsafe/kernel';

class Banner {
  readonly #parts: string[] = [];
  text(s: string): this {
    this.#parts.push(s);
    return this;
  }
  via(dev: device.Device<device.Bound>): this {
    dev.info(this.#parts.join(' '));
    return this;
  }
}

export function banner(dev: device.Device, version: string): Banner {
  return new Banner()
    .text('driver')
    .text(version)
    // SAFETY: banner() is called only from probe, while the device is being bound.
    .via(dev.unsafeAsBound());
}
