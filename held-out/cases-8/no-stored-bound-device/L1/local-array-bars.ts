// A PCI multi-BAR card collects its Bars in a local array made in probe and returns it in the driver data.
import type { pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly bars: readonly pci.Bar[] }> = {
  name: 'held8-multibar-local',
  idTable: [{ vendor: 0x1556, device: 0x5555 }],
  probe(pdev) {
    const bars: pci.Bar[] = [];
    let index = 0;
    do {
      bars.push(pdev.iomapRegion(index, `bar${index}`).access(pdev.asRef()));
      index += 1;
    } while (index < 3 && pdev.resourceLen(index) > 0);
    return { bars };
  },
};
