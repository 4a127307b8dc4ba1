// A watchdog's stop path puts its justification one statement too early. [class 3]
import type { devres, platform } from '@bindsafe/kernel';

export class Watchdog implements Disposable {
  #stops = 0;

  constructor(
    private readonly pdev: platform.Device,
    private readonly regs: devres.Devres<platform.IoMem>,
  ) {}

  [Symbol.dispose](): void {
    // SAFETY: the destructor runs during unbind, the device is bound. // expect: bindsafe/require-safety-comment
    this.#stops += 1;
    const bound = this.pdev.asRef().unsafeAsBound(); // expect: bindsafe/require-safety-comment
    this.regs.access(bound).write32(0, 0x08);
  }

  get stops(): number {
    return this.#stops;
  }
}
