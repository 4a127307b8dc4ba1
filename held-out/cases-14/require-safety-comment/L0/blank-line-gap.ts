// A platform watchdog's driver data logs its final timeout on drop; the justification drifted one blank line away.
import type { platform } from '@bindsafe/kernel';

export class WatchdogData implements Disposable {
  #timeoutMs: number;

  constructor(readonly pdev: platform.Device, timeoutMs?: number) {
    this.#timeoutMs = timeoutMs ?? 30_000;
  }

  [Symbol.dispose](): void {
    // SAFETY: dropped during unbind, the device is still bound here. // expect: bindsafe/require-safety-comment

    const bound = this.pdev.asRef().unsafeAsBound(); // expect: bindsafe/require-safety-comment
    bound.info(`watchdog stopped after ${(this.#timeoutMs / 1000).toFixed(1)} s`);
  }
}
