// unbind takes an alias of the data's stats object and bumps a counter through it. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

interface Stats {
  resets: number;
  lastReset: number;
}

interface Link {
  readonly regs: devres.Devres<pci.Bar>;
  readonly stats: Stats;
}

export const linkDriver: pci.Driver<Link> = {
  name: 'held5c-link',
  idTable: [{ vendor: 0x14e4, device: 0x1750 }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'held5c-link'), stats: { resets: 0, lastReset: 0 } };
  },
  unbind(pdev, data) {
    const s = data.stats;
    data.regs.access(pdev.asRef()).write32(1, 0x08);
    s.resets++; // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`held5c-link: reset #${s.resets}`);
  },
};
