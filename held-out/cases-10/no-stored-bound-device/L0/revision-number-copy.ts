// A PCI modem copies a register value (a number) and the device name into module stats.
import type { device, pci } from '@bindsafe/kernel';
const revisions: Array<[string, number]> = [];
export const stats = (): readonly [string, number][] => revisions;
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-modem-stats',
  idTable: [{ vendor: 0x1af4, device: 0x1079 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-modem-stats').access(pdev.asRef());
    revisions.push([pdev.name, bar.read32(0x08)]);
    return { bar };
  },
};
