// Justifications (SAFETY comments) before a `return`, before a `const` and inside an `else` branch, each directly above its unsafe call.
import type { devres, pci } from '@bindsafe/kernel';

export class LedData implements Disposable {
  constructor(
    readonly pdev: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
    readonly blink: boolean,
  ) {}

  /** The bound device's name, for unbind's log line. */
  boundName(): string {
    // SAFETY: only called from `unbind`, which runs while the device is still bound.
    return this.pdev.asRef().unsafeAsBound().name;
  }

  [Symbol.dispose](): void {
    if (this.blink) {
      this.pdev.asRef().info('blink timer stopped');
    } else {
      // SAFETY: the driver data is dropped during unbind, before the device is unbound.
      const dev = this.pdev.asRef().unsafeAsBound();
      this.regs.access(dev).write32(0, 0x10);
    }
  }
}

export const ledDriver: pci.Driver<LedData, { readonly blink: boolean }> = {
  name: 'held-led',
  idTable: [{ vendor: 0x1b36, device: 0x0011, info: { blink: true } }],
  probe(pdev, info) {
    const regs = pdev.iomapRegion(0, 'held-led');
    regs.access(pdev.asRef()).write32(1, 0x10);
    return new LedData(pdev.toNormal(), regs, info?.blink ?? false);
  },
  unbind(pdev, data) {
    pdev.asRef().info(`unbinding ${data.boundName()}`);
  },
};
