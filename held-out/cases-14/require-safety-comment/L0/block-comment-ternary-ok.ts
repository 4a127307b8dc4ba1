// A platform watchdog's driver data logs its final timeout on drop, justified with a block comment above a ternary.
import type { platform } from '@bindsafe/kernel';

export class WatchdogData implements Disposable {
  #timeoutMs: number;

  constructor(readonly pdev: platform.Device, timeoutMs?: number) {
    this.#timeoutMs = timeoutMs ?? 30_000;
  }

  [Symbol.dispose](): void {
    /* SAFETY: dropped during unbind, before the device is unbound: it is still bound here. */
    const who = this.#timeoutMs > 0 ? this.pdev.asRef().unsafeAsBound() : undefined;
    who?.info(`watchdog stopped after ${(this.#timeoutMs / 1000).toFixed(1)} s`);
  }
}
