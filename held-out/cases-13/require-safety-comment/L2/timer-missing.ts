// A PCI thermal sensor polls its temperature register from a timer callback, without justifying the bound view. [class 5]
import type { devres, pci } from '@bindsafe/kernel';

export class ThermalPoller implements Disposable {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastMilliC = 0;
  constructor(
    private readonly pdev: pci.Device,
    private readonly regs: devres.Devres<pci.Bar>,
  ) {}

  schedule(delayMs: number): void {
    this.#timer = setTimeout(() => {
      const bound = this.pdev.asRef().unsafeAsBound(); // expect: bindsafe/require-safety-comment
      this.#lastMilliC = this.regs.access(bound).read32(0x30);
    }, delayMs);
  }

  get lastMilliC(): number {
    return this.#lastMilliC;
  }

  [Symbol.dispose](): void {
    clearTimeout(this.#timer);
  }
}
