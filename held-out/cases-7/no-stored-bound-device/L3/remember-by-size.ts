// A PCI GPU-assist driver caches its Bar by size through a same-file helper writing a module Map.
import type { pci } from '@bindsafe/kernel';

const barsBySize = new Map<number, pci.Bar>();

function remember(bar: pci.Bar): pci.Bar {
  barsBySize.set(bar.size, bar);
  return bar;
}

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'held-assist-cache',
  idTable: [{ vendor: 0x1002, device: 0x15dd }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'assist').access(pdev.asRef());
    remember(bar); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
