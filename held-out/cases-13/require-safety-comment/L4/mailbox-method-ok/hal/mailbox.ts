// The platform layer's GSP mailbox: a posting class with a checked and an unchecked path.
import type { device, devres, pci } from '@bindsafe/kernel';

export class Mailbox {
  #posted = 0;
  constructor(
    private readonly dev: device.Device,
    private readonly regs: devres.Devres<pci.Bar>,
  ) {}

  /**
   * Posts `word` without checking the binding.
   * @unsafe The caller must guarantee that the mailbox's device is bound during the call.
   */
  postUnchecked(word: number): number {
    // SAFETY: this method's contract: the caller guarantees the device is bound.
    this.regs.access(this.dev.unsafeAsBound()).write32(word, 0x2000);
    return ++this.#posted;
  }

  /** Posts `word` if the BAR is still mapped. */
  post(word: number): number | undefined {
    return this.regs.tryAccessWith((bar) => {
      bar.write32(word, 0x2000);
      return ++this.#posted;
    });
  }
}
