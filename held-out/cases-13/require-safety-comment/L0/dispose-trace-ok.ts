// A PCI trace buffer's driver data flushes the trace ring in its destructor, justified with a two-line SAFETY comment. [class 1]
import type { devres, pci } from '@bindsafe/kernel';

export default class TraceRing implements Disposable {
  readonly #pdev: pci.Device;
  constructor(pdev: pci.Device, readonly regs: devres.Devres<pci.Bar>) {
    this.#pdev = pdev;
  }

  [Symbol.dispose](): void {
    // SAFETY: the driver data is dropped during unbind, before the device is unbound, so the
    // device is still bound while this destructor runs.
    const bound = this.#pdev.asRef().unsafeAsBound();
    this.regs.access(bound).write32(0, 0x40);
    bound.info('trace ring flushed');
  }
}
