// Helper module: a module-level singleton registry of device names with an @unsafe method.
import type { device } from '@bindsafe/kernel';

export class NameRegistry {
  static #instance: NameRegistry | undefined;
  readonly #names = new Set<string>();

  static shared(): NameRegistry {
    return (NameRegistry.#instance ??= new NameRegistry());
  }

  /**
   * Records the bound device's name.
   * @unsafe The handle's device must be bound during the call.
   */
  remember(handle: device.Device<device.Normal>): number {
    // SAFETY: forwarded from remember's contract.
    this.#names.add(handle.unsafeAsBound().name);
    return this.#names.size;
  }

  forget(name: string): void {
    this.#names.delete(name);
  }
}
