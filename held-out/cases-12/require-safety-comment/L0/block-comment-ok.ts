// A platform watchdog's destructor justifies its assumption in a block comment. [class 1]
import type { devres, platform } from '@bindsafe/kernel';

export class Watchdog implements Disposable {
  #stops = 0;

  constructor(
    private readonly pdev: platform.Device,
    private readonly regs: devres.Devres<platform.IoMem>,
  ) {}

  [Symbol.dispose](): void {
    this.#stops += 1;
    /* SAFETY: the destructor runs during unbind, while the device is still bound. */
    const bound = this.pdev.asRef().unsafeAsBound();
    this.regs.access(bound).write32(0, 0x08);
  }

  get stops(): number {
    return this.#stops;
  }
}
