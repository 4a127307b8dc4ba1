// A PCI trace buffer's driver data flushes the trace ring in its destructor through a bound view, with no justification. [class 1]
import type { devres, pci } from '@bindsafe/kernel';

export default class TraceRing implements Disposable {
  readonly #pdev: pci.Device;
  constructor(pdev: pci.Device, readonly regs: devres.Devres<pci.Bar>) {
    this.#pdev = pdev;
  }

  [Symbol.dispose](): void {
    const bound = this.#pdev.asRef().unsafeAsBound(); // expect: bindsafe/require-safety-comment
    this.regs.access(bound).write32(0, 0x40);
    bound.info('trace ring flushed');
  }
}
