// Inside a process.nextTick callback the SAFETY comment sits above a safe statement, one line too early: it covers nothing and the unsafe call is uncovered.
import type { devres, pci } from '@bindsafe/kernel';

export class AckData {
  pending = 0;

  constructor(
    readonly handle: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  /** Called from the IRQ handler: acknowledges the interrupt causes on the next tick. */
  deferAck(): void {
    process.nextTick(() => {
      // SAFETY: the IRQ registration that calls deferAck is owned by the driver data, so the device is bound. // expect: bindsafe/require-safety-comment
      const mask = this.pending;
      const dev = this.handle.asRef().unsafeAsBound(); // expect: bindsafe/require-safety-comment
      this.regs.access(dev).write32(mask, 0x08);
      this.pending = 0;
    });
  }
}
