// A PCI capture card stops its DMA when the stream is aborted; the abort listener asserts the binding unjustified. [class 5, class 7]
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
      () => regs.access(handle.unsafeAsBound()).write32(0, 0x30), // expect: bindsafe/require-safety-comment
      { once: true },
    );
  }

  [Symbol.dispose](): void {
    this.#abort.abort();
  }
}
