// Helper module of the super-method case.
import type { device } from '@bindsafe/kernel';

export abstract class BusData implements Disposable {
  protected constructor(readonly dev: device.Device) {}

  /** @unsafe The caller must guarantee that `this.dev` is still bound during the call. */
  protected announce(msg: string): void {
    // SAFETY: the caller of this @unsafe method guarantees the binding.
    this.dev.unsafeAsBound().info(msg);
  }

  abstract [Symbol.dispose](): void;
}
