// A platform GPIO bank keeps its binding assumption in a private @unsafe method; the call has a plain comment, not a SAFETY one. [class 6]
import type { device, devres, platform } from '@bindsafe/kernel';

export class GpioBank implements Disposable {
  readonly #pdev: platform.Device;
  readonly #regs: devres.Devres<platform.IoMem>;

  constructor(pdev: platform.Device, regs: devres.Devres<platform.IoMem>) {
    this.#pdev = pdev;
    this.#regs = regs;
  }

  /** @unsafe The device must be bound for the whole call. */
  #writeMask(dev: device.Device, mask: number): void {
    // SAFETY: our caller guarantees the binding.
    this.#regs.access(dev.unsafeAsBound()).write32(mask, 0x1c);
  }

  [Symbol.dispose](): void {
    // the bank is still bound here, mask every line
    this.#writeMask(this.#pdev.asRef(), 0xffff_ffff); // expect: bindsafe/require-safety-comment
  }
}
