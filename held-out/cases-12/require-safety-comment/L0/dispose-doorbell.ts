// A PCI NIC's driver data rings the doorbell off in its destructor, asserting the binding without a justification. [class 1]
import type { devres, pci } from '@bindsafe/kernel';

export class NicData implements Disposable {
  constructor(
    readonly pdev: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  [Symbol.dispose](): void {
    const bound = this.pdev.asRef().unsafeAsBound(); // expect: bindsafe/require-safety-comment
    this.regs.access(bound).write32(0, 0x40);
    bound.info('doorbell off');
  }
}

export const nicDriver: pci.Driver<NicData> = {
  name: 'heldnic',
  idTable: [{ vendor: 0x8086, device: 0x10d3 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    return new NicData(pdev.toNormal(), pdev.iomapRegion(0, 'heldnic'));
  },
};
