// A platform DMA engine keeps a handle and a private @unsafe accessor for the bound view; its tick justifies the chain link. [class 7]
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

  /** Called only from the driver data's destructor, which runs while the device is bound. */
  describe(): string {
    return [...this.#channels]
      .map(([ch, owner]) => `${ch}=${owner}`)
      // SAFETY: only the destructor calls `describe`, and the device is bound while it runs.
      .concat(this.#boundName())
      .join(' ');
  }
}
