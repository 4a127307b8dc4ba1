// A DMA channel of a PCI storage controller, with an @unsafe abort.
import type { device, devres, pci } from '@bindsafe/kernel';

export class DmaChannel {
  constructor(
    readonly index: number,
    private readonly regs: devres.Devres<pci.Bar>,
  ) {}

  get offset(): number {
    return 0x1000 + this.index * 0x40;
  }

  /** @unsafe `dev` must be bound to the controller's driver for the whole call. */
  abort(dev: device.Device): void {
    // SAFETY: the caller guarantees the binding.
    this.regs.access(dev.unsafeAsBound()).write32(1, this.offset + 0x8);
  }
}
