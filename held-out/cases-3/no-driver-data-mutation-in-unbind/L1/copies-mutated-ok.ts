// unbind builds copies of the data's collections with entries/fromEntries and spread, and mutates only those.
import type { devres, pci } from '@bindsafe/kernel';

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly counters: Record<string, number>;
  readonly queue: readonly string[];
}

export const reportDriver: pci.Driver<Data> = {
  name: 'held-report',
  idTable: [{ vendor: 0x1b36, device: 0x010a }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'held-report'), counters: { irqs: 0, resets: 0 }, queue: [] };
  },
  unbind(pdev, data) {
    const report = Object.fromEntries(Object.entries(data.counters).map(([k, v]) => [k, v]));
    report.unbinds = 1;
    delete report.resets;
    const order = [...data.queue];
    order.sort();
    pdev.asRef().info(`${JSON.stringify(report)} ${order.join(',')}`);
  },
};
