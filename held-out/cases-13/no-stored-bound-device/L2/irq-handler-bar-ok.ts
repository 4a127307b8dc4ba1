// A PCI NIC driver's interrupt handler acknowledges through the mapped BAR and logs through a Normal handle; the IRQ registration lives in the driver data. [class 7]
import type { device, devres, pci } from '@bindsafe/kernel';

class NicData implements Disposable {
  constructor(
    readonly irq: pci.IrqRegistration,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}
  [Symbol.dispose](): void {
    this.irq[Symbol.dispose]();
  }
}

class IgbDriver implements pci.Driver<NicData> {
  readonly name = 'igb_lite';
  readonly idTable = [{ vendor: 0x8086, device: 0x1533 }];

  probe(pdev: pci.Device<device.Core>): NicData {
    pdev.enableDeviceMem();
    pdev.setMaster();
    const regs = pdev.iomapRegion(0, 'igb');
    const bar = regs.access(pdev.asRef());
    const log = pdev.asRef().toNormal();
    const irq = pdev.requestIrq(0, 'igb-rx', () => {
      bar.write32(0xffffffff, 0x1500);
      log.info('rx interrupt');
    });
    return new NicData(irq, regs);
  }
}

export const igbDriver = new IgbDriver();
