// [class 6] A PCI capture card destructures its Bar under a new name and writes it into a module-level cache object.
import type { pci } from '@bindsafe/kernel';

const cache: { window?: pci.Bar; hits: number } = { hits: 0 };

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'held9-capture-rename',
  idTable: [{ vendor: 0x1cd7, device: 0x0010 }],
  probe(pdev) {
    const mapped = { bar: pdev.iomapRegion(0, 'capture').access(pdev.asRef()), at: Date.now() };
    const { bar: window } = mapped;
    cache.window = window; // expect: bindsafe/no-stored-bound-device
    return { bar: window };
  },
};
