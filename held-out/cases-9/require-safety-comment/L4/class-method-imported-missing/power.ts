// Helper module of class-method-imported-missing: a power sequencer with an @unsafe method.
import type { device, devres, pci } from '@bindsafe/kernel';

export class PowerSequencer {
  #steps = 0;

  constructor(readonly regs: devres.Devres<pci.Bar>) {}

  /** @unsafe `handle` must still be bound to the driver that owns `regs`. */
  powerDown(handle: device.Device): number {
    // SAFETY: passed on to the caller by the tag above.
    const bar = this.regs.access(handle.unsafeAsBound());
    bar.write32(0, 0x40);
    return ++this.#steps;
  }
}
