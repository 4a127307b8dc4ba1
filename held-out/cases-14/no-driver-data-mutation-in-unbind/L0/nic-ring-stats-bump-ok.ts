// A PCI NIC keeps its ring statistics behind a class with private state; unbind resets them through the class's own method.
import type { devres, pci } from '@bindsafe/kernel';

class RingStats {
  #resets = 0;
  #drops = 0;
  get resets(): number {
    return this.#resets;
  }
  get drops(): number {
    return this.#drops;
  }
  noteDrop(): void {
    this.#drops++;
  }
  noteReset(): number {
    return ++this.#resets;
  }
}

class NicData {
  readonly #bar: devres.Devres<pci.Bar>;
  constructor(bar: devres.Devres<pci.Bar>, readonly stats: RingStats, readonly irq: pci.IrqRegistration) {
    this.#bar = bar;
  }
  get bar(): devres.Devres<pci.Bar> {
    return this.#bar;
  }
}

export const nicDriver: pci.Driver<NicData> = {
  name: 'acc-nic-ok',
  idTable: [{ vendor: 0x8086, device: 0x10d4 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'acc-nic-ok/bar0');
    const stats = new RingStats();
    const irq = pdev.requestIrq(0, 'acc-nic-ok', () => stats.noteDrop());
    const data = new NicData(bar, stats, irq);
    return data;
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x40);
    const total = data.stats.noteReset();
    pdev.asRef().info(`acc-nic-ok: reset #${total}, ${data.stats.drops} drops`);
  },
};
