// A platform DMA engine keeps a handle and a private @unsafe accessor for the bound view; its tick calls it bare. [class 7]
import type { device, platform } from '@bindsafe/kernel';

export class DmaEngine {
  #channels = new Map<number, string>();

  constructor(readonly pdev: platform.Device) {}

  /** @unsafe The caller must guarantee the engine's device is still bound. */
  #boundName(): string {
    // SAFETY: the caller of this @unsafe method guarantees the binding.
    const bound: device.Device<device.Bound> = this.pdev.asRef().unsafeAsBound();
    return bound.name;
  }

  describe(): string {
    return [...this.#channels]
      .map(([ch, owner]) => `${ch}=${owner}`)
      .concat(this.#boundName()) // expect: bindsafe/require-safety-comment
      .join(' ');
  }
}
