// A class driver's unbind clears the fence Map its IRQ handler still fills (the driver's own counter is fine).
import type { device, devres, pci } from '@bindsafe/kernel';

interface Ring {
  readonly regs: devres.Devres<pci.Bar>;
  readonly fences: Map<number, string>;
  readonly irq: pci.IrqRegistration;
}

class RingDriver implements pci.Driver<Ring> {
  readonly name = 'held4-ring';
  readonly idTable = [{ vendor: 0x1ae0, device: 0x0042 }];
  unbinds = 0;

  probe(pdev: pci.Device<device.Core>): Ring {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held4-ring');
    const fences = new Map<number, string>();
    let seqno = 0;
    const irq = pdev.requestIrq(0, 'held4-ring', () => {
      fences.set(++seqno, 'signalled');
    });
    return { regs, fences, irq };
  }

  unbind(pdev: pci.Device<device.Core>, data: Readonly<Ring>): void {
    this.unbinds++;
    data.regs.access(pdev.asRef()).write32(0x0, 0x10);
    data.fences.clear(); // expect: bindsafe/no-driver-data-mutation-in-unbind
  }
}

export const ringDriver = new RingDriver();
