// A PCI IOMMU counts itself with a static method that keeps the BAR in a static array.
import type { device, pci } from '@bindsafe/kernel';
class Census {
  static readonly seen: pci.Bar[] = [];
  static count(b: pci.Bar): number {
    return Census.seen.push(b);
  }
}
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-iommu-static',
  idTable: [{ vendor: 0x1af4, device: 0x1066 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-iommu-static').access(pdev.asRef());
    Census.count(bar); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
