// A subclass calls an @unsafe method inherited from its abstract base without a SAFETY comment.
import type { device } from '@bindsafe/kernel';

abstract class DeviceOwner {
  constructor(protected readonly dev: device.Device) {}

  /** @unsafe The caller must guarantee that the device is still bound. */
  protected bound(): device.Device<device.Bound> {
    // SAFETY: forwarded to the caller (this method is @unsafe).
    return this.dev.unsafeAsBound();
  }
  abstract describe(): string;
}

export class Sensor extends DeviceOwner {
  describe(): string {
    const dev = this.bound(); // expect: bindsafe/require-safety-comment
    return dev.name;
  }
}
