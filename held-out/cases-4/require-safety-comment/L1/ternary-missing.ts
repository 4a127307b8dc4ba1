// unsafeAsBound() is called in one arm of a conditional expression with no SAFETY comment above the statement.
import type { devres, pci } from '@bindsafe/kernel';

export class PmData {
  online = true;

  constructor(
    readonly handle: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  /** Puts the function into D3hot; called from the driver's unbind. */
  suspend(): void {
    const bound = this.online ? this.handle.asRef().unsafeAsBound() : undefined; // expect: bindsafe/require-safety-comment
    if (bound !== undefined) this.regs.access(bound).write32(3, 0x44);
  }
}

export const pmDriver: pci.Driver<PmData> = {
  name: 'held-pm',
  idTable: [{ vendor: 0x8086, device: 0x15b8 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-pm');
    regs.access(pdev.asRef()).write32(0, 0x44);
    return new PmData(pdev.toNormal(), regs);
  },
  unbind(_pdev, data) {
    data.suspend();
  },
};
