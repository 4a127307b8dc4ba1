// Helper module: a command ring with a static factory tagged @unsafe.
import type { device } from '@bindsafe/kernel';

export class CommandRing {
  readonly #slots: number[];
  private constructor(readonly owner: string, size: number) {
    this.#slots = new Array<number>(size).fill(0);
  }
  get size(): number {
    return this.#slots.length;
  }
  /**
   * Creates a ring named after the bound device.
   * @unsafe The handle's device must be bound during the call.
   */
  static forDevice(handle: device.Device<device.Normal>, size = 64): CommandRing {
    // SAFETY: forwarded from forDevice's contract.
    return new CommandRing(handle.unsafeAsBound().name, size);
  }
}
