// A platform I2C controller class has its own @unsafe private method, called from a public one with a SAFETY comment. [class 7]
import type { devres, platform } from '@bindsafe/kernel';

export class I2cController {
  #transfers = 0;
  constructor(
    readonly pdev: platform.Device,
    readonly mmio: devres.Devres<platform.IoMem>,
  ) {}

  /**
   * Writes the transfer-start bit.
   * @unsafe The caller must guarantee that the controller is bound during the call.
   */
  #startBit(addr: number): void {
    // SAFETY: this method's own contract: the caller guarantees the controller is bound.
    const bound = this.pdev.asRef().unsafeAsBound();
    this.mmio.access(bound).write32(addr | 0x100, 0x04);
  }

  transfer(addr: number): number {
    // SAFETY: transfer is only reached from the adapter the driver data owns, dropped before unbind ends.
    this.#startBit(addr);
    return ++this.#transfers;
  }
}
