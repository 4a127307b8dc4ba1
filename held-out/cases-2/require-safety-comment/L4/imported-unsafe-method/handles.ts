// Stored device handles and the unsafe way back to their bound view.
import type { device } from '@bindsafe/kernel';

export class Handles {
  readonly #all = new Set<device.Device>();

  add(dev: device.Device): void {
    this.#all.add(dev);
  }

  /**
   * The bound view of a stored handle.
   * @unsafe The caller must guarantee that the device is still bound.
   */
  bound(dev: device.Device): device.Device<device.Bound> {
    // SAFETY: this method's contract makes the caller guarantee the device is bound.
    return dev.unsafeAsBound();
  }
}
