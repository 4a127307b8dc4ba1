// A PCI hwmon destructures handle and name from a local literal and stores the Normal handle in a module list.
import type { device, pci } from '@bindsafe/kernel';
const known: Array<{ name: string; dev: pci.Device }> = [];
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-hwmon-norm',
  idTable: [{ vendor: 0x1af4, device: 0x1045 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-hwmon-norm').access(pdev.asRef());
    const { handle, label = 'hwmon' } = { handle: pdev.toNormal(), label: pdev.name };
    known.push({ name: label, dev: handle });
    return { bar };
  },
};
