// A PCI bridge returns a discriminated union as driver data, with the Bar inside the mmio variant.
import type { pci } from '@bindsafe/kernel';

type BridgeData =
  | { readonly kind: 'mmio'; readonly bar: pci.Bar }
  | { readonly kind: 'legacy'; readonly port: number };

export const driver: pci.Driver<BridgeData> = {
  name: 'held9-bridge-union',
  idTable: [{ vendor: 0x1b36, device: 0x000c }],
  probe(pdev): BridgeData {
    if (pdev.resourceLen(0) === 0) return { kind: 'legacy', port: 0x3f8 };
    const bar = pdev.iomapRegion(0, 'bridge').access(pdev.asRef());
    return { kind: 'mmio', bar };
  },
  unbind(_pdev, data) {
    switch (data.kind) {
      case 'mmio':
        data.bar.write32(0, 0x08);
        break;
      case 'legacy':
        break;
    }
  },
};
