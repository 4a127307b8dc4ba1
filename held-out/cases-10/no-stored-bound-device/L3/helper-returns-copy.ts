// A PCI thermal helper returns a plain config record of numbers copied from the BAR; it goes into a module cache.
import type { device, pci } from '@bindsafe/kernel';
interface Trip { readonly hot: number; readonly crit: number }
const trips: Trip[] = [];
function readTrips(b: pci.Bar): Trip {
  return { hot: b.read16(0), crit: b.read16(2) };
}
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-th-copy',
  idTable: [{ vendor: 0x1af4, device: 0x1082 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-th-copy').access(pdev.asRef());
    trips.push(readTrips(bar));
    return { bar };
  },
};
