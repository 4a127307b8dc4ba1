// A PCI sound card builds a teardown context object; the statement's comment covers the unsafe property value on a later line. [class 6]
import type { device, devres, pci } from '@bindsafe/kernel';

interface TeardownCtx {
  readonly label: string;
  readonly bound: device.Device<device.Bound>;
  readonly regs: devres.Devres<pci.Bar>;
}

function silence(ctx: TeardownCtx): void {
  ctx.regs.access(ctx.bound).write32(0, 0x80);
  ctx.bound.info(`${ctx.label} silenced`);
}

export class SoundData implements Disposable {
  constructor(
    readonly pdev: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  [Symbol.dispose](): void {
    // SAFETY: the card is bound while its driver data is dropped, and `ctx` dies with this call.
    const ctx: TeardownCtx = {
      label: 'pcm0',
      regs: this.regs,
      bound: this.pdev.asRef().unsafeAsBound(),
    };
    silence(ctx);
  }
}
