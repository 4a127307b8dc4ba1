// A PCI HSM's session class has a static factory tagged @unsafe; probe calls it without a SAFETY comment.
import type { device, devres, pci } from '@bindsafe/kernel';

class Session {
  private constructor(
    readonly owner: string,
    readonly slot: number,
  ) {}

  /**
   * Opens a session named after the bound device.
   * @unsafe The handle must name a device that is bound during the call.
   */
  static open(handle: device.Device<device.Normal>, slot = 0): Session {
    // SAFETY: forwarded from the factory's own contract.
    const bound = handle.unsafeAsBound();
    return new Session(bound.name, slot);
  }
}

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly session: Session }> = {
  name: 'held8-hsm-factory',
  idTable: [{ vendor: 0x1a03, device: 0x2000 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'hsm');
    const session = Session.open(pdev.asRef().toNormal(), 1); // expect: bindsafe/require-safety-comment
    return { regs, session };
  },
};
