// A PCI crypto engine wraps its raw reset in its own @unsafe function and calls it without justification. [class 7]
import type { device, devres, pci } from '@bindsafe/kernel';

/**
 * Pulses the engine's reset line.
 *
 * @unsafe The caller must guarantee that `dev` is bound to this driver for the whole call.
 */
export function rawReset(dev: device.Device, regs: devres.Devres<pci.Bar>): void {
  // SAFETY: the caller guarantees that the device is bound for the whole call.
  const bar = regs.access(dev.unsafeAsBound());
  bar.write32(1, 0x00);
  bar.write32(0, 0x00);
}

export class CryptoEngine implements Disposable {
  constructor(
    readonly pdev: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  [Symbol.dispose](): void {
    rawReset(this.pdev.asRef(), this.regs); // expect: bindsafe/require-safety-comment
  }
}
