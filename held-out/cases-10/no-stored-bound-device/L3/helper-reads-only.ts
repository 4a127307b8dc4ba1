// A PCI HBA passes its BAR to a helper that only reads link registers during the call.
import type { device, pci } from '@bindsafe/kernel';
function linkSpeed(b: pci.Bar, port: number): number {
  switch (b.read8(0x10 + port) & 0x3) {
    case 0: return 0;
    case 1: return 1500;
    default: return 3000;
  }
}
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-hba-read',
  idTable: [{ vendor: 0x1af4, device: 0x1028 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-hba-read').access(pdev.asRef());
    const speeds = [0, 1].map((p) => linkSpeed(bar, p));
    if (speeds.includes(0)) throw new Error('link down');
    return { bar };
  },
};
