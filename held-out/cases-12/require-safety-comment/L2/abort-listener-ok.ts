// A PCI capture card stops its DMA when the stream is aborted; the comment stands directly above the listener. [class 5, class 7]
import type { devres, pci } from '@bindsafe/kernel';

export class CaptureData implements Disposable {
  readonly #abort = new AbortController();

  constructor(
    readonly pdev: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {
    const handle = pdev.asRef();
    this.#abort.signal.addEventListener(
      'abort',
      // SAFETY: the signal is aborted only from this data's destructor, while the device is bound.
      () => regs.access(handle.unsafeAsBound()).write32(0, 0x30),
      { once: true },
    );
  }

  [Symbol.dispose](): void {
    this.#abort.abort();
  }
}
