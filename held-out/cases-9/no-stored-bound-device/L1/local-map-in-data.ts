// A PCI accelerator fills a Map it creates in probe with its Bars and returns it inside the driver data.
import type { pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly windows: ReadonlyMap<number, pci.Bar> }> = {
  name: 'held9-accel-map',
  idTable: [{ vendor: 0x1e0f, device: 0x0001 }],
  probe(pdev) {
    const windows = new Map<number, pci.Bar>();
    for (const index of [0, 2, 4]) {
      if (pdev.resourceLen(index) === 0) continue;
      windows.set(index, pdev.iomapRegion(index, `win${index}`).access(pdev.asRef()));
    }
    return { windows };
  },
};
