// A PCI multifunction card picks its primary Bar with a generic same-file helper and returns it in the driver data.
import type { pci } from '@bindsafe/kernel';

function pickLargest<T extends { readonly size: number }>(items: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || item.size > best.size) best = item;
  return best;
}

export const driver: pci.Driver<{ readonly primary: pci.Bar }> = {
  name: 'held8-mfd-generic',
  idTable: [{ vendor: 0x1ae0, device: 0x0042 }],
  probe(pdev) {
    const candidates = [0, 2].map((index) => pdev.iomapRegion(index, `bar${index}`).access(pdev.asRef()));
    const primary = pickLargest(candidates);
    if (primary === undefined) throw new Error('no usable BAR');
    return { primary };
  },
};
