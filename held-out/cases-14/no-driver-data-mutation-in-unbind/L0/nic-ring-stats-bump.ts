// A PCI NIC keeps its ring statistics in a plain record behind accessor-rich driver data; unbind bumps a counter in it.
import type { devres, pci } from '@bindsafe/kernel';

interface RingStats { resets: number; drops: number }

class NicData {
  readonly #bar: devres.Devres<pci.Bar>;
  readonly stats: RingStats = { resets: 0, drops: 0 };
  constructor(bar: devres.Devres<pci.Bar>, readonly irq: pci.IrqRegistration) {
    this.#bar = bar;
  }
  get bar(): devres.Devres<pci.Bar> {
    return this.#bar;
  }
  get healthy(): boolean {
    return this.stats.drops === 0;
  }
}

export const nicDriver: pci.Driver<NicData> = {
  name: 'acc-nic',
  idTable: [{ vendor: 0x8086, device: 0x10d3 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'acc-nic/bar0');
    const irq = pdev.requestIrq(0, 'acc-nic', () => undefined);
    return new NicData(bar, irq);
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x40);
    if (!data.healthy) pdev.asRef().info('acc-nic: drops seen');
    data.stats.resets++; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
