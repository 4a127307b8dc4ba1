// A user's wrapper class holding the bound device and its Bar, kept in a module variable. [class 2]
import type { device, devres, pci } from '@bindsafe/kernel';

class Mmio {
  constructor(
    readonly dev: pci.Device<device.Bound>,
    readonly bar: pci.Bar,
  ) {}
  read(offset: number): number {
    return this.bar.read32(offset);
  }
}

let current: Mmio | undefined;

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held2-nsbd-wrapper',
  idTable: [{ vendor: 0x1af4, device: 0x1111 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nsbd-wrapper');
    const mmio = new Mmio(pdev, regs.access(pdev.asRef()));
    current = mmio; // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};

export const currentStatus = (): number => current?.read(0) ?? 0;
