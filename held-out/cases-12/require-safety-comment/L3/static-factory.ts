// A PCI GPU's register snapshot has a static @unsafe factory; the destructor calls it without justification. [class 3]
import type { device, devres, pci } from '@bindsafe/kernel';

class RegSnapshot {
  private constructor(readonly status: number, readonly fault: number) {}

  /** @unsafe `dev` must be bound to this driver for the whole call. */
  static capture(dev: device.Device, regs: devres.Devres<pci.Bar>): RegSnapshot {
    // SAFETY: the caller guarantees that the device is bound.
    const bar = regs.access(dev.unsafeAsBound());
    return new RegSnapshot(bar.read32(0x00), bar.read32(0x04));
  }
}

export class GpuData implements Disposable {
  last?: RegSnapshot;
  constructor(
    readonly pdev: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  [Symbol.dispose](): void {
    const snap = RegSnapshot.capture(this.pdev.asRef(), this.regs); // expect: bindsafe/require-safety-comment
    if (snap.fault !== 0) console.warn(`gpu: fault ${snap.fault.toString(16)} at teardown`);
  }
}
