// A PCI DMA engine calls its @unsafe quiesce routine through a const alias, without justification. [class 7]
import type { device, devres, pci } from '@bindsafe/kernel';

/** @unsafe `dev` must be bound to this driver for the whole call. */
function quiesceDma(dev: device.Device, regs: devres.Devres<pci.Bar>): void {
  // SAFETY: the caller guarantees the binding for the whole call.
  regs.access(dev.unsafeAsBound()).write32(0, 0x100);
}

export class DmaEngine implements Disposable {
  constructor(
    readonly pdev: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  [Symbol.dispose](): void {
    const stop = quiesceDma;
    stop(this.pdev.asRef(), this.regs); // expect: bindsafe/require-safety-comment
  }
}
