// An auxiliary camera child logs when its capture is aborted; the comment above the addEventListener statement covers the listener. [class 5]
import type { auxiliary } from '@bindsafe/kernel';

export class CaptureSession implements Disposable {
  readonly #ctl = new AbortController();

  constructor(readonly adev: auxiliary.Device, readonly fps = 30) {
    const dev = adev.asRef().toNormal();
    // SAFETY: only the destructor aborts, synchronously, while the child is still bound.
    this.#ctl.signal.addEventListener('abort', () => {
      const why = String(this.#ctl.signal.reason ?? 'teardown');
      dev.unsafeAsBound().info(`capture @${this.fps}fps aborted: ${why}`);
    }, { once: true });
  }

  [Symbol.dispose](): void {
    this.#ctl.abort('driver data dropped');
  }
}
