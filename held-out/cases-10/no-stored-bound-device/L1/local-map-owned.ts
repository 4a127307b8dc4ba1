// A PCI multi-queue NIC keeps its queue BARs in a Map created in probe and owned by the data.
import type { device, pci } from '@bindsafe/kernel';
interface MqData { readonly queues: Map<number, pci.Bar> }
export const driver: pci.Driver<MqData> = {
  name: 'h10-mq-map',
  idTable: [{ vendor: 0x1af4, device: 0x1033 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-mq-map').access(pdev.asRef());
    const queues = new Map<number, pci.Bar>();
    for (const [i, region] of [pdev.iomapRegion(1, 'q0'), pdev.iomapRegion(2, 'q1')].entries()) {
      queues.set(i, region.access(pdev.asRef()));
    }
    queues.set(99, bar);
    return { queues };
  },
};
