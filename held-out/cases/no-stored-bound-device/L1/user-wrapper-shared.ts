// A user's wrapper class holding a Device<Bound> and a Bar is shared through a module variable.
import type { device, devres, pci } from '@bindsafe/kernel';

class Mmio {
  constructor(
    readonly dev: device.Device<device.Bound>,
    readonly bar: pci.Bar,
  ) {}
  read(offset: number): number {
    return this.bar.read32(offset);
  }
}

export let sharedMmio: Mmio | undefined;

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-l1-wrap',
  idTable: [{ vendor: 0x1b36, device: 0x0023 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-l1-wrap');
    const mmio = new Mmio(pdev.asRef(), regs.access(pdev.asRef()));
    mmio.read(0);
    sharedMmio = mmio; // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
