// A PCI NIC driver's interrupt handler logs through probe's Device<Core>, which it captures; the IRQ registration lives in the driver data. [class 7]
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
    const irq = pdev.requestIrq(0, 'igb-rx', () => pdev.asRef().info('rx interrupt')); // expect: bindsafe/no-stored-bound-device
    return new NicData(irq, regs);
  }
}

export const igbDriver = new IgbDriver();
