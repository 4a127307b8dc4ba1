// A private #method tagged @unsafe, called as this.#method() from a getter-backed service without a comment.
import type { device } from '@bindsafe/kernel';

export class ClockService {
  readonly #dev: device.Device;
  #ticks = 0;

  constructor(dev: device.Device) {
    this.#dev = dev;
  }

  get ticks(): number {
    return this.#ticks;
  }

  /** @unsafe the device must be bound while this runs. */
  #trace(what: string): void {
    // SAFETY: the caller of this method vouches for the binding.
    this.#dev.unsafeAsBound().info(what);
  }

  tick(): number {
    this.#ticks += 1;
    this.#trace(`tick ${this.#ticks}`); // expect: bindsafe/require-safety-comment
    return this.#ticks;
  }
}
