// A platform timer's suspend hook leaves a blank line between its justification and the call. [class 3]
import type { devres, platform } from '@bindsafe/kernel';

export class TimerBlock implements Disposable {
  constructor(
    readonly pdev: platform.Device,
    readonly regs: devres.Devres<platform.IoMem>,
  ) {}

  [Symbol.dispose](): void {
    // SAFETY: dropped during unbind, before the device is unbound. // expect: bindsafe/require-safety-comment

    const ctl = this.regs.access(this.pdev.asRef().unsafeAsBound()); // expect: bindsafe/require-safety-comment
    ctl.write32(ctl.read32(0) & ~1, 0);
  }
}
