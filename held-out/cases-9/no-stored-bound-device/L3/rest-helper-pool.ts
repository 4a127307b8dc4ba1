// A PCI quad-port card hands its Bars to a rest-parameter helper that spreads them into a module pool.
import type { pci } from '@bindsafe/kernel';

const portPool: pci.Bar[] = [];

function enlist(...bars: pci.Bar[]): number {
  portPool.push(...bars);
  return portPool.length;
}

export const driver: pci.Driver<{ readonly ports: number }> = {
  name: 'held9-quad-rest',
  idTable: [{ vendor: 0x8086, device: 0x1521 }],
  probe(pdev) {
    const a = pdev.iomapRegion(0, 'p0').access(pdev.asRef());
    const b = pdev.iomapRegion(2, 'p1').access(pdev.asRef());
    const ports = enlist(a, b); // expect: bindsafe/no-stored-bound-device
    return { ports };
  },
};
