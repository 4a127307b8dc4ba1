// Low-level helpers with their own safety contracts.
import type { device } from '@bindsafe/kernel';

export class RawIo {
  /**
   * Treats the device as bound for one register poke.
   *
   * @unsafe The device must be bound for the duration of the call.
   */
  static poke(dev: device.Device, message: string): void {
    // SAFETY: the caller upholds this method's contract.
    dev.unsafeAsBound().info(message);
  }
}

/** A checked wrapper: safe to call anywhere. */
export function safePoke(dev: device.Device<device.Bound>, message: string): void {
  dev.info(message);
}
