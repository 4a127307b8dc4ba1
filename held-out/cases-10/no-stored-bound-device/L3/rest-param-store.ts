// A PCI video card passes several BARs to a rest-parameter helper that appends them to a module list.
import type { device, pci } from '@bindsafe/kernel';
const mapped: pci.Bar[] = [];
function keepAll(...bars: pci.Bar[]): number {
  for (const b of bars) mapped.push(b);
  return bars.length;
}
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-vid-rest',
  idTable: [{ vendor: 0x1af4, device: 0x1084 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-vid-rest').access(pdev.asRef());
    const fb = pdev.iomapRegion(1, 'fb').access(pdev.asRef());
    keepAll(bar, fb); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
