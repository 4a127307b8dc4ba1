// A PCI doorbell driver's IRQ handler (set up in probe) pushes into the data's log; unbind reads the log through a sort comparator on a copy.
import type { device, pci } from '@bindsafe/kernel';

interface DoorbellData {
  readonly rings: number[];
  readonly priority: ReadonlyMap<number, number>;
  readonly irq: pci.IrqRegistration;
}

export const doorbellDriver: pci.Driver<DoorbellData> = {
  name: 'h8-doorbell',
  idTable: [{ vendor: 0x1d0f, device: 0xec20 }],
  probe(pdev: pci.Device<device.Core>): DoorbellData {
    const rings: number[] = [];
    const irq = pdev.requestIrq(0, 'h8-doorbell', () => {
      rings.push(rings.length);
    });
    return { rings, priority: new Map([[0, 1]]), irq };
  },
  unbind(pdev, data) {
    const rank = (ring: number): number => data.priority.get(ring) ?? 0;
    const ordered = [...data.rings].sort((a, b) => rank(b) - rank(a));
    pdev.asRef().info(`h8-doorbell: last rings ${ordered.slice(0, 3).join(',')}`);
  },
};
