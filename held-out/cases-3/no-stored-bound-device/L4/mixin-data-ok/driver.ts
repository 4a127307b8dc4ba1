// Driver data built from a mixin class holds the bound device and the Bar: binding-scoped, fine.
import type { device, devres, pci } from '@bindsafe/kernel';
import { WithStats } from './mixins.js';

class Base {
  constructor(
    readonly dev: device.Device<device.Bound>,
    readonly regs: devres.Devres<pci.Bar>,
    readonly bar: pci.Bar,
  ) {}
}

class NicData extends WithStats(Base) {}

export const nicDriver: pci.Driver<NicData> = {
  name: 'held-nic',
  idTable: [{ vendor: 0x8086, device: 0x10d3 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nic');
    const data = new NicData(pdev.asRef(), regs, regs.access(pdev.asRef()));
    data.hit();
    return data;
  },
};
