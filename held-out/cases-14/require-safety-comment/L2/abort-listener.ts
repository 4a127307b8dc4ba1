// An auxiliary camera child logs when its capture is aborted; the listener handed to the AbortSignal asks for the bound view bare. [class 5]
import type { auxiliary } from '@bindsafe/kernel';

export class CaptureSession implements Disposable {
  readonly #ctl = new AbortController();

  constructor(readonly adev: auxiliary.Device, readonly fps = 30) {
    const dev = adev.asRef().toNormal();
    this.#ctl.signal.addEventListener('abort', () => {
      const why = String(this.#ctl.signal.reason ?? 'teardown');
      dev.unsafeAsBound().info(`capture @${this.fps}fps aborted: ${why}`); // expect: bindsafe/require-safety-comment
    }, { once: true });
  }

  [Symbol.dispose](): void {
    this.#ctl.abort('driver data dropped');
  }
}
