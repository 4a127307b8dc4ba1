// A PCI RAID card calls a same-file helper that remembers every Bar in a module-level list for a health check.
import type { pci } from '@bindsafe/kernel';

const remembered: pci.Bar[] = [];

function remember(bar: pci.Bar, why: string): void {
  if (why.length > 0) remembered.push(bar);
}

export function healthy(): boolean {
  return remembered.every((bar) => bar.read32(0) !== 0xffffffff);
}

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'held8-raid-remember',
  idTable: [{ vendor: 0x9005, device: 0x028d }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'raid').access(pdev.asRef());
    remember(bar, 'health'); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
