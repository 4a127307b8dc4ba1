// unbind sorts, reverses and clears only copies of the data's collections and bumps a spread copy of its stats. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

interface Dma {
  readonly regs: devres.Devres<pci.Bar>;
  readonly pending: readonly number[];
  readonly seen: ReadonlyMap<number, string>;
  readonly stats: { readonly transfers: number; readonly unbinds: number };
}

export const dmaDriver: pci.Driver<Dma> = {
  name: 'held4-dma',
  idTable: [{ vendor: 0x1d0f, device: 0x8061 }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'held4-dma'), pending: [], seen: new Map(), stats: { transfers: 0, unbinds: 0 } };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0x1, 0x00);
    const order = [...data.pending].sort((a, b) => a - b).reverse();
    const seen = new Map(data.seen);
    const names = [...seen.values()];
    seen.clear();
    const stats = { ...data.stats };
    stats.unbinds++;
    pdev.asRef().info(`dma: ${order.length} pending (${names.join(',')}), unbind #${stats.unbinds}`);
  },
};
