// An abstract base whose protected tagged method subclasses call.
import type { device } from '@bindsafe/kernel';

export abstract class Sensor {
  constructor(protected readonly dev: device.Device) {}

  abstract sample(): Promise<number>;

  /** @unsafe `this.dev` must be bound to its driver during the call. */
  protected emit(text: string): void {
    // SAFETY: the caller vouches for the binding (this method's contract).
    this.dev.unsafeAsBound().info(text);
  }
}
